package org.hanoinet.cooperation.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseManagement;
import org.hanoinet.cooperation.CaseNotFound;
import org.hanoinet.directory.DirectoryProperties;
import org.hanoinet.identity.AccessRefused;
import org.hanoinet.node.NavigationLink;
import org.hanoinet.cooperation.web.letters.FormalLetter;
import org.hanoinet.cooperation.web.letters.FormalLetters;
import org.hanoinet.cooperation.web.letters.LetterDownloaded;
import org.hanoinet.cooperation.web.letters.LetterLanguageUnavailable;
import org.hanoinet.cooperation.web.letters.LetterNotSent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The formal letter of a sent request as a PDF, for national case systems (API token) and from the case page
 * (signed-in browser). Read exactly like the case: the caller must read cases and belong to one of its two
 * States, otherwise the case does not exist for them (404). Every letter produced is audited by ids and hash.
 */
@Controller
@Tag(name = "Cases")
class CaseLetters {

	private final CaseManagement cases;

	private final CaseActors actors;

	private final FormalLetters letters;

	private final ApplicationEventPublisher events;

	private final DirectoryProperties directory;

	private final MessageSource messages;

	private final List<NavigationLink> navigation;

	private final java.time.Clock clock;

	CaseLetters(CaseManagement cases, CaseActors actors, FormalLetters letters, ApplicationEventPublisher events,
			DirectoryProperties directory, MessageSource messages, List<NavigationLink> navigation, java.time.Clock clock) {
		this.cases = cases;
		this.actors = actors;
		this.letters = letters;
		this.events = events;
		this.directory = directory;
		this.messages = messages;
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationLink::order)).toList();
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/cases/{id}/letter.pdf", produces = { MediaType.APPLICATION_PDF_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "The formal letter of a sent request as a PDF in the request's language, with the hash of its sending event as text and QR code")
	ResponseEntity<byte[]> api(@PathVariable UUID id) {
		return letter(new CaseId(id));
	}

	@GetMapping("/cases/{id}/letter.pdf")
	ResponseEntity<byte[]> page(@PathVariable String id) {
		CaseId caseId;
		try {
			caseId = new CaseId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new CaseNotFound(null);
		}
		return letter(caseId);
	}

	private ResponseEntity<byte[]> letter(CaseId id) {
		Actor reader = actors.reader();
		Case request = cases.find(reader.state(), id);
		FormalLetter letter = letters.write(request, nodeUrl());
		events.publishEvent(new LetterDownloaded(request.id().toString(), letter.sendingEvent().id().toString(),
				letter.sendingEvent().hash(), letter.language(), reader.authority().toString(), reader.user(), clock.instant()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(letter.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(letter.pdf());
	}

	@ExceptionHandler(CaseNotFound.class)
	Object notFound(CaseNotFound missing, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.NOT_FOUND, "case-not-found", "No such case", missing.getMessage(), Map.of(),
				text("letters.error.notFound", locale), request);
	}

	@ExceptionHandler(AccessRefused.class)
	Object forbidden(AccessRefused refused, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", refused.getBody().getDetail(), Map.of(),
				text("letters.error.forbidden", locale), request);
	}

	@ExceptionHandler(LetterNotSent.class)
	Object notSent(LetterNotSent refused, HttpServletRequest request, Locale locale) {
		return refuse(HttpStatus.CONFLICT, "case-letter-not-sent", "Request not sent yet", refused.getMessage(),
				Map.of("caseStatus", refused.status().name()), text("letters.error.notSent", locale), request);
	}

	@ExceptionHandler(LetterLanguageUnavailable.class)
	Object languageUnavailable(LetterLanguageUnavailable refused, HttpServletRequest request, Locale locale) {
		String available = refused.available()
			.stream()
			.map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale) + " (" + tag + ")")
			.collect(Collectors.joining(", "));
		String language = Locale.forLanguageTag(refused.language()).getDisplayLanguage(locale);
		return refuse(HttpStatus.UNPROCESSABLE_CONTENT, "case-letter-language-unavailable", "No letter template for the language",
				refused.getMessage(), Map.of("language", refused.language(), "availableLanguages", refused.available()),
				text("letters.error.languageUnavailable", locale,
						(language.isBlank() ? refused.language() : language) + " (" + refused.language() + ")", available),
				request);
	}

	/** A problem document on the API, a readable page in the browser. */
	private Object refuse(HttpStatus status, String code, String title, String detail, Map<String, Object> properties,
			String sentence, HttpServletRequest request) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setType(URI.create("urn:hanoinet:problem:" + code));
			problem.setTitle(title);
			problem.setInstance(URI.create(request.getRequestURI()));
			properties.forEach(problem::setProperty);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("letters/problem",
				Map.of("sentence", sentence, "navigation", navigation, "currentPath", request.getRequestURI()));
		page.setStatus(status);
		return page;
	}

	/** Where readers check the letter: the node's public URL, or the address this request reached it at. */
	private String nodeUrl() {
		return directory.publicUrl().isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: directory.publicUrl();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
