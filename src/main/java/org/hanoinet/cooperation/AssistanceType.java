package org.hanoinet.cooperation;

import java.util.Locale;

import org.hanoinet.shared.InvalidValue;

/** The kinds of mutual legal assistance a request under art. 40 may ask for. */
public enum AssistanceType {

	/** Taking evidence or statements from persons. */
	TAKING_EVIDENCE,

	/** Effecting service of judicial documents. */
	SERVICE_OF_DOCUMENTS,

	/** Executing searches and seizures, and freezing. */
	SEARCH_SEIZURE_FREEZING,

	/** Searching, accessing, seizing or disclosing stored electronic data (art. 44). */
	STORED_DATA,

	/** Collecting traffic data in real time (art. 45). */
	REAL_TIME_TRAFFIC_DATA,

	/** Intercepting content data (art. 46). */
	CONTENT_DATA,

	/** Examining objects and sites. */
	EXAMINING_OBJECTS_AND_SITES,

	/** Providing information, evidentiary items and expert evaluations. */
	INFORMATION_AND_EXPERTISE,

	/** Providing originals or certified copies of documents and records, including bank and corporate records. */
	DOCUMENTS_AND_RECORDS,

	/** Identifying or tracing proceeds of crime, property and instrumentalities. */
	TRACING_PROCEEDS,

	/** Facilitating the voluntary appearance of persons in the requesting State. */
	VOLUNTARY_APPEARANCE,

	/** Any other assistance not contrary to the requested State's law. */
	OTHER;

	/** The assistance type named by {@code code}, e.g. {@code stored-data} or {@code STORED_DATA}. */
	public static AssistanceType of(String code) {
		String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		try {
			return valueOf(normalized);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidValue("assistanceTypes", "'" + code + "' is not a type of assistance of art. 40.");
		}
	}
}
