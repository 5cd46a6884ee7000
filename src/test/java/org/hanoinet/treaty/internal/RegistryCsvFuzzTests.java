package org.hanoinet.treaty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hanoinet.shared.InvalidValue;
import org.hanoinet.treaty.Action;
import org.hanoinet.treaty.Participants;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV import of the treaty registry with any file a secretariat officer may upload. The import either
 * refuses the file with an {@link InvalidValue} that names the line of the first bad row (or says what is wrong with
 * the file as a whole), or imports actions of participants of the Convention that export and import again unchanged.
 */
class RegistryCsvFuzzTests {

	static final Participants PARTICIPANTS = Participants.ofTheConvention();

	static final Pattern LINE = Pattern.compile("Line (\\d+): .+", Pattern.DOTALL);

	@FuzzTest(maxDuration = "15s")
	void importsValidRowsOnlyAndNamesTheLineOfTheFirstBadOne(byte[] input) {
		String csv = new String(input, StandardCharsets.UTF_8);
		List<Action> imported;
		try {
			imported = RegistryCsv.read(new StringReader(csv), PARTICIPANTS);
		}
		catch (InvalidValue refused) {
			assertNamesTheLine(csv, refused);
			return;
		}
		assertThat(imported).allSatisfy(action -> assertThat(PARTICIPANTS.find(action.participant())).isPresent());
		StringBuilder exported = new StringBuilder();
		RegistryCsv.write(imported, PARTICIPANTS, exported);
		assertThat(RegistryCsv.read(new StringReader(exported.toString()), PARTICIPANTS))
			.as("the registry exported as CSV imports again unchanged")
			.isEqualTo(imported);
	}

	private static void assertNamesTheLine(String csv, InvalidValue refused) {
		assertThat(refused.getMessage()).isNotBlank();
		if ("file".equals(refused.field())) {
			return;
		}
		Matcher line = LINE.matcher(refused.getMessage());
		assertThat(line.matches()).as("'%s' names the line of the bad row", refused.getMessage()).isTrue();
		String[] lines = csv.split("\r\n|\r|\n", -1);
		int number = Integer.parseInt(line.group(1));
		assertThat(number).as("the line named is in the file").isBetween(2, lines.length);
		// Only empty lines are skipped: a line of spaces or tabs is a row, and a bad one.
		assertThat(lines[number - 1]).as("line %d, named for a bad row, holds a row", number).isNotEmpty();
	}
}
