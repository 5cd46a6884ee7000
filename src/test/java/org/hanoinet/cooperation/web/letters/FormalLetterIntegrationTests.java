package org.hanoinet.cooperation.web.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hanoinet.NodeTest;
import org.hanoinet.audit.AuditLeaf;
import org.hanoinet.audit.AuditLog;
import org.hanoinet.cooperation.Actor;
import org.hanoinet.cooperation.Case;
import org.hanoinet.cooperation.CaseId;
import org.hanoinet.cooperation.CaseType;
import org.hanoinet.cooperation.Cases;
import org.hanoinet.cooperation.Conditions;
import org.hanoinet.cooperation.FormElement;
import org.hanoinet.cooperation.LegalBasis;
import org.hanoinet.cooperation.OffenceBasis;
import org.hanoinet.cooperation.Party;
import org.hanoinet.cooperation.RequestContents;
import org.hanoinet.cooperation.Urgency;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.hanoinet.shared.AuthorityId;
import org.hanoinet.shared.CountryCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Formal letters of sent requests, read back as their recipient would: the text extracted from the PDF and the
 * QR code decoded from the rendered page, against the case's chain; and the refusals (another State's case, a
 * request not sent yet, a language without a letter template).
 */
@NodeTest
class FormalLetterIntegrationTests {

	static final String VN_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000002";

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	AuditLog audit;

	@Autowired
	Cases cases;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FormalLetters letters;

	DemoLogins demo;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void readDemoLogins() {
		demo = new DemoLogins(node.dataDir(), port);
	}

	@Test
	void theLetterOfASentRequestCarriesItsReferenceArticlesContentsAndTheHashOfItsApproval() {
		String id = sent("VN", BR_POINT_OF_CONTACT, preservation("en", "Example Mail Ltda., São Paulo"));
		JsonNode approval = approval(id, "VN");
		String hash = approval.path("hash").asString();

		HttpResponse<byte[]> letter = letter(id, "VN", Role.CASE_HANDLER);

		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(letter.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("attachment").contains("request-" + id + "-en.pdf"));
		Letters.savePages(letter.body(), "letter-en");
		String text = Letters.text(letter.body());
		String words = text.replaceAll("\\s+", " ");
		assertThat(words).contains("Reference: " + id)
			.contains("Expedited preservation of stored electronic data, article 42 of the United Nations Convention against Cybercrime")
			.contains("The measure requested corresponds to article 42")
			.contains("offence established in accordance with article 7 of the Convention")
			.contains("Viet Nam–Brazil treaty on mutual legal assistance (demo)")
			.contains("Requesting State", "Vietnam", "Requested State", "Brazil")
			.contains("The offence and a brief summary of the facts (art. 42)")
			.contains("Example Mail Ltda., São Paulo")
			.contains("Yes, the requesting State so declares.")
			.contains("URGENT: a rapid answer is needed")
			.contains("Confidentiality: the requesting State asks", "Limitation of use:")
			.contains("event no. " + approval.path("sequence").asLong() + " in the chain of this case")
			.contains("/cases/" + id);
		assertThat(text.replaceAll("\\s+", "")).contains(hash, "/audit?q=" + hash);
		assertThat(Letters.qrCodes(letter.body())).containsExactly(hash);
	}

	@Test
	void everyLetterProducedIsAuditedByIdsAndTheHashOnly() {
		String id = sent("VN", BR_POINT_OF_CONTACT, preservation("en", "A provider in Recife"));
		String hash = approval(id, "VN").path("hash").asString();

		assertThat(letter(id, "BR", Role.DUTY_OFFICER).statusCode()).isEqualTo(200);

		assertThat(audit.search(id, 20)).filteredOn(leaf -> leaf.type().equals("cooperation.letter-downloaded"))
			.singleElement()
			.extracting(AuditLeaf::json)
			.satisfies(leaf -> assertThat(leaf).contains(hash, "\"language\":\"en\"").doesNotContain("Recife"));
	}

	@Test
	void aVietnameseLetterKeepsItsDiacriticsThroughTextExtraction() {
		String id = sent("BR", VN_POINT_OF_CONTACT, preservation("vi", "Nhà cung cấp dịch vụ lưu trữ tại Thành phố Hồ Chí Minh"));
		String hash = approval(id, "BR").path("hash").asString();

		HttpResponse<byte[]> letter = letter(id, "VN", Role.DUTY_OFFICER);

		assertThat(letter.statusCode()).isEqualTo(200);
		Letters.savePages(letter.body(), "letter-vi");
		String words = Letters.text(letter.body()).replaceAll("\\s+", " ");
		assertThat(words).contains("Quốc gia yêu cầu", "Quốc gia được yêu cầu", "Việt Nam")
			.contains("Bảo quản khẩn cấp dữ liệu điện tử được lưu trữ, Điều 42 Công ước của Liên hợp quốc về chống tội phạm mạng")
			.contains("Tội phạm và tóm tắt ngắn gọn các tình tiết (Điều 42)")
			.contains("Nhà cung cấp dịch vụ lưu trữ tại Thành phố Hồ Chí Minh")
			.contains("Bảo mật: Quốc gia yêu cầu đề nghị giữ bí mật");
		assertThat(Letters.qrCodes(letter.body())).containsExactly(hash);
	}

	@ParameterizedTest
	@CsvSource({ "pt, Convenção das Nações Unidas contra o Cibercrime, Conservação expedita de dados eletrônicos armazenados",
			"es, Convención de las Naciones Unidas contra la Ciberdelincuencia, Conservación rápida de datos electrónicos almacenados" })
	void brazilReceivesLettersInPortugueseAndSpanish(String language, String convention, String type) {
		String id = sent("VN", BR_POINT_OF_CONTACT, preservation(language, "Example Mail Ltda., São Paulo"));

		String words = Letters.text(letter(id, "VN", Role.SUPERVISOR).body()).replaceAll("\\s+", " ");

		assertThat(words).contains(convention, type, id);
	}

	@Test
	void aFrenchLetterIsWrittenInFrench() {
		String id = storedSent("fr");

		String words = Letters.text(letter(id, "VN", Role.DUTY_OFFICER).body()).replaceAll("\\s+", " ");

		assertThat(words).contains("Demande de coopération internationale en matière pénale")
			.contains("Objet : Conservation rapide de données électroniques stockées, article 42 de la Convention des Nations Unies contre la cybercriminalité")
			.contains("Les données concernées et leur lien avec l’infraction (art. 42)")
			.contains("L’État requérant n’assortit la présente demande d’aucune condition particulière.");
	}

	@Test
	void aRequestInALanguageWithoutLetterTemplateIsRefusedNamingTheAvailableLanguages() {
		String id = storedSent("ar");

		HttpResponse<byte[]> refused = letter(id, "VN", Role.DUTY_OFFICER);

		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:case-letter-language-unavailable");
		assertThat(problem.path("language").asString()).isEqualTo("ar");
		assertThat(problem.path("availableLanguages").valueStream().map(JsonNode::asString))
			.containsExactly("en", "es", "fr", "pt", "vi");
		assertThat(problem.path("detail").asString()).contains("'ar'", "en, es, fr, pt, vi");
	}

	@Test
	void anotherStatesCaseHasNoLetterForIt() {
		String id = sent("VN", BR_POINT_OF_CONTACT, preservation("en", "Example Mail Ltda., São Paulo"));

		HttpResponse<byte[]> fromGhana = letter(id, "GH", Role.SUPERVISOR);

		assertThat(fromGhana.statusCode()).isEqualTo(404);
		assertThat(json.readTree(fromGhana.body()).path("type").asString()).isEqualTo("urn:hanoinet:problem:case-not-found");
	}

	@Test
	void aRequestHasNoLetterBeforeItsApprovalAndTheRefusalSaysWhy() {
		HttpResponse<String> drafted = demo.send("POST", "/api/v1/cases", token("VN", Role.DUTY_OFFICER),
				body("PRESERVATION", BR_POINT_OF_CONTACT, preservation("en", "Example Mail Ltda., São Paulo")));
		String id = json.readTree(drafted.body()).path("id").asString();

		HttpResponse<byte[]> draft = letter(id, "VN", Role.DUTY_OFFICER);
		assertThat(draft.statusCode()).isEqualTo(409);
		JsonNode problem = json.readTree(draft.body());
		assertThat(problem.path("type").asString()).isEqualTo("urn:hanoinet:problem:case-letter-not-sent");
		assertThat(problem.path("caseStatus").asString()).isEqualTo("DRAFT");
		assertThat(problem.path("status").asInt()).as("the HTTP status, once").isEqualTo(409);
		assertThat(problem.path("detail").asString()).contains("has not been approved and sent");

		demo.send("POST", "/api/v1/cases/" + id + "/submit", token("VN", Role.DUTY_OFFICER), null);
		HttpResponse<byte[]> awaiting = letter(id, "VN", Role.SUPERVISOR);
		assertThat(awaiting.statusCode()).isEqualTo(409);
		assertThat(json.readTree(awaiting.body()).path("caseStatus").asString()).isEqualTo("AWAITING_APPROVAL");
	}

	@Test
	void theCasePageOffersTheLetterOnceSentAndTheBrowserRouteServesIt() {
		String id = sent("VN", BR_POINT_OF_CONTACT, preservation("en", "Example Mail Ltda., São Paulo"));
		// a role no other test signs in with, so that no TOTP code of this 30-second step is used up already
		DemoLogins.Browser browser = demo.signedIn("BR", Role.AUDITOR, new UnusedTotpCodes(jdbc, clock));

		assertThat(browser.get("/cases/" + id).body()).contains("/cases/" + id + "/letter.pdf", "Download formal letter (PDF)");
		HttpResponse<String> letter = browser.get("/cases/" + id + "/letter.pdf");
		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
		HttpResponse<String> missing = browser.get("/cases/" + UUID.randomUUID() + "/letter.pdf");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("There is no such case, or it is not a case of your State.");
	}

	@Test
	void everyTypeOfRequestGetsALetterInEveryLanguageFromItsOwnFormAndArticle() {
		Party vietNam = new Party(CountryCode.of("VN"), AuthorityId.of(VN_POINT_OF_CONTACT));
		Party brazil = new Party(CountryCode.of("BR"), AuthorityId.of(BR_POINT_OF_CONTACT));
		Actor drafter = new Actor(vietNam.authority(), vietNam.state(), "vn-letters-drafter", false);
		Actor supervisor = new Actor(vietNam.authority(), vietNam.state(), "vn-letters-supervisor", true);
		for (CaseType type : LetterTemplatesTests.PART_ONE) {
			Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
			for (FormElement.Requirement requirement : type.form()) {
				answers.put(requirement.element(), switch (requirement.element().kind()) {
					case DAYS -> "30";
					case ASSISTANCE_TYPES -> "STORED_DATA,DOCUMENTS_AND_RECORDS";
					case AFFIRMATION -> "yes";
					default -> "Answer " + requirement.element().name();
				});
			}
			LegalBasis basis = type == CaseType.PRESERVATION ? LegalBasis.convention(42)
					: type == CaseType.MUTUAL_LEGAL_ASSISTANCE ? new LegalBasis(LegalBasis.Kind.RECIPROCITY, null, null)
							: LegalBasis.treaty("Treaty (demo)");
			for (String language : List.of("en", "vi", "fr", "es", "pt")) {
				RequestContents contents = new RequestContents(basis, new OffenceBasis(OffenceBasis.Kind.SERIOUS_CRIME, null, "Fraud"),
						type == CaseType.EMERGENCY_DISCLOSURE ? Urgency.EMERGENCY : Urgency.ROUTINE, language,
						new Conditions(false, false, "Delete after the trial."), answers, null);
				Case request = Case.draft(new CaseId(UUID.randomUUID()), type, vietNam, brazil, contents, drafter, clock);
				request.submitForApproval(drafter);
				request.approve(supervisor);

				FormalLetter letter = letters.write(request, "https://node.example/");

				String words = Letters.text(letter.pdf()).replaceAll("\\s+", " ");
				assertThat(letter.language()).isEqualTo(language);
				assertThat(words).as(type + " in " + language)
					.contains(request.id().toString(), " " + type.article() + " ", "Delete after the trial.", "Fraud");
				for (FormElement.Requirement requirement : type.form()) {
					if (requirement.element().kind() == FormElement.Kind.TEXT) {
						assertThat(words).as(type + " in " + language).contains("Answer " + requirement.element().name());
					}
				}
				assertThat(words.replace(" ", "")).contains(FormalLetters.sendingEvent(request).hash(),
						"https://node.example/cases/" + request.id());
			}
		}
	}

	@Test
	void theApiDocumentListsTheLetter() {
		JsonNode document = json.readTree(demo.get("/api/v1/openapi.json", null).body());

		assertThat(document.path("paths").has("/api/v1/cases/{id}/letter.pdf")).isTrue();
		assertThat(document.path("paths").has("/cases/{id}/letter.pdf")).isFalse();
	}

	/** A preservation request drafted by {@code state}'s duty officer, submitted and approved by its supervisor. */
	private String sent(String state, String requestedAuthority, String contents) {
		HttpResponse<String> drafted = demo.send("POST", "/api/v1/cases", token(state, Role.DUTY_OFFICER),
				body("PRESERVATION", requestedAuthority, contents));
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String id = json.readTree(drafted.body()).path("id").asString();
		HttpResponse<String> submitted = demo.send("POST", "/api/v1/cases/" + id + "/submit", token(state, Role.DUTY_OFFICER), null);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		HttpResponse<String> approved = demo.send("POST", "/api/v1/cases/" + id + "/approve", token(state, Role.SUPERVISOR), null);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		return id;
	}

	/**
	 * A sent preservation request from Viet Nam to Brazil in a language Brazil's demo authorities do not list, stored
	 * directly: the language check of sending is the directory's business, the letter only follows the request.
	 */
	private String storedSent(String language) {
		Party vietNam = new Party(CountryCode.of("VN"), AuthorityId.of(VN_POINT_OF_CONTACT));
		Party brazil = new Party(CountryCode.of("BR"), AuthorityId.of(BR_POINT_OF_CONTACT));
		Map<FormElement, String> answers = new EnumMap<>(FormElement.class);
		answers.put(FormElement.OFFENCE_AND_FACTS, "Accès illégal aux serveurs d’une banque.");
		answers.put(FormElement.DATA_AND_RELATION, "Journaux de connexion du compte utilisé pour l’intrusion.");
		answers.put(FormElement.CUSTODIAN_OR_LOCATION, "Example Mail Ltda., São Paulo");
		answers.put(FormElement.NECESSITY, "Le fournisseur ne conserve les journaux que 30 jours.");
		answers.put(FormElement.INTENT_TO_REQUEST_ASSISTANCE, "yes");
		RequestContents contents = new RequestContents(LegalBasis.treaty("Traité d’entraide judiciaire (démo)"),
				new OffenceBasis(OffenceBasis.Kind.CONVENTION_OFFENCE, 7, null), Urgency.ROUTINE, language, Conditions.NONE,
				answers, null);
		Case request = Case.draft(new CaseId(UUID.randomUUID()), CaseType.PRESERVATION, vietNam, brazil, contents,
				new Actor(vietNam.authority(), vietNam.state(), "vn-letters-drafter", false), clock);
		request.submitForApproval(new Actor(vietNam.authority(), vietNam.state(), "vn-letters-drafter", false));
		request.approve(new Actor(vietNam.authority(), vietNam.state(), "vn-letters-supervisor", true));
		cases.add(request);
		return request.id().toString();
	}

	private JsonNode approval(String id, String state) {
		JsonNode view = json.readTree(demo.get("/api/v1/cases/" + id, token(state, Role.DUTY_OFFICER)).body());
		return view.path("events").valueStream().filter(event -> event.path("act").asString().equals("APPROVE")).findFirst().orElseThrow();
	}

	private HttpResponse<byte[]> letter(String id, String state, Role role) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases/" + id + "/letter.pdf"))
			.header("Authorization", "Bearer " + token(state, role))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private String token(String state, Role role) {
		return demo.of(state, role).apiToken();
	}

	private static String body(String type, String authority, String contents) {
		return "{\"type\":\"" + type + "\",\"requestedAuthority\":\"" + authority + "\",\"contents\":" + contents + "}";
	}

	static String preservation(String language, String custodian) {
		return "{\"legalBasis\":{\"kind\":\"TREATY\",\"instrument\":\"Viet Nam–Brazil treaty on mutual legal assistance (demo)\"},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},"
				+ "\"urgency\":\"URGENT\",\"language\":\"" + language + "\","
				+ "\"conditions\":{\"confidential\":true,\"limitedUse\":true},"
				+ "\"elements\":{\"OFFENCE_AND_FACTS\":\"Illegal access to a bank's servers on 2026-11-20.\","
				+ "\"DATA_AND_RELATION\":\"Connection logs of account x@example.invalid, used in the intrusion.\","
				+ "\"CUSTODIAN_OR_LOCATION\":\"" + custodian + "\","
				+ "\"NECESSITY\":\"The provider keeps logs for 30 days only.\","
				+ "\"INTENT_TO_REQUEST_ASSISTANCE\":\"yes\"}}";
	}
}
