package org.hanoinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hanoinet.NodeTest;
import org.hanoinet.directory.ThisNode;
import org.hanoinet.duty.UrgentRequests;
import org.hanoinet.identity.DemoLogins;
import org.hanoinet.identity.DemoLogins.Login;
import org.hanoinet.identity.Role;
import org.hanoinet.identity.UnusedTotpCodes;
import org.hanoinet.node.NodeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The role matrix: every operation of the OpenAPI document and every page route Spring MVC knows, called by a
 * Viet Nam caller of every role on a resource of Viet Nam, on a resource of Brazil or Ghana only, and by nobody.
 * The expected answer of each is written once in {@link #MATRIX}; a route without a row fails, as does any answer
 * of another class, and any answer that shows an id of another State's case, evidence, alert, user or token. The
 * walk changes data (it submits, acknowledges, revokes and deletes), so it runs on a node context of its own.
 */
@NodeTest
@TestPropertySource(properties = "hanoinet.test.context=role-matrix")
class RoleMatrixIntegrationTests {

	/**
	 * One row per route: method and path | scope | roles let through | answer for every other role | answer for
	 * nobody. Scope {@code state}: the path names a resource of a State, so roles let through get {@code allowed} on
	 * Viet Nam's and {@code hidden} on another State's. Scope {@code list}: the answer is the caller's own State's,
	 * so it must name nothing of another State. Scope {@code network}: the same, except that the secretariat reads the
	 * whole network's (every State's needs and matches of technical assistance), so its answers may name them. Scope {@code node}: public or node-wide, the same for every State.
	 * Answers: {@code allowed} (let through: 2xx, 3xx, or a 4xx about the request itself), {@code refused} (403),
	 * {@code hidden} (404), {@code signin} (401, or a page sent to the sign-in page); {@code -} means allowed.
	 * {@code ROLE=own/other} writes a role's two answers where they differ from that default: a node administrator
	 * is told that another State's escalation chain is not set here, and a case handler of Viet Nam's central
	 * authority does not act for the point of contact that sent the request.
	 */
	static final String MATRIX = """
			READERS  = DUTY_OFFICER CASE_HANDLER SUPERVISOR AUDITOR
			ACTORS   = DUTY_OFFICER CASE_HANDLER SUPERVISOR
			DELETERS = SUPERVISOR AUDITOR
			DUTY     = DUTY_OFFICER SUPERVISOR AUDITOR
			ACKERS   = DUTY_OFFICER SUPERVISOR
			ACTING   = DUTY_OFFICER SUPERVISOR
			STATS    = CASE_HANDLER SUPERVISOR NODE_ADMIN
			RECORDERS = SUPERVISOR NODE_ADMIN

			GET     /api/v1/assistance/matches                                | network | ALL      | -       | signin
			POST    /api/v1/assistance/matches                                | network | SECRETARIAT | refused | signin
			POST    /api/v1/assistance/matches/{id}/accept                    | state | RECORDERS  | refused | signin
			POST    /api/v1/assistance/matches/{id}/decline                   | state | RECORDERS  | refused | signin
			POST    /api/v1/assistance/matches/{id}/delivery                  | state | RECORDERS  | refused | signin
			POST    /api/v1/assistance/matches/{id}/outcome                   | state | RECORDERS  | refused | signin
			GET     /api/v1/assistance/needs                                  | network | ALL      | -       | signin
			POST    /api/v1/assistance/needs                                  | list  | RECORDERS  | refused | signin
			GET     /api/v1/assistance/offers                                 | node  | ALL        | -       | signin
			POST    /api/v1/assistance/offers                                 | list  | RECORDERS  | refused | signin
			GET     /api/v1/audit/checkpoint                                  | node  | AUDITOR    | refused | signin
			POST    /api/v1/audit/checkpoint                                  | node  | AUDITOR    | refused | signin
			GET     /api/v1/audit/export                                      | node  | AUDITOR    | refused | signin
			GET     /api/v1/audit/leaf-hashes                                 | node  | AUDITOR    | refused | signin
			GET     /api/v1/audit/leaves/{index}                              | node  | AUDITOR    | refused | signin
			GET     /api/v1/audit/proof/consistency                           | node  | AUDITOR    | refused | signin
			GET     /api/v1/audit/proof/inclusion                             | node  | AUDITOR    | refused | signin
			GET     /api/v1/cases                                             | list  | READERS    | refused | signin
			POST    /api/v1/cases                                             | list  | ACTORS     | refused | signin
			GET     /api/v1/cases/types                                       | node  | READERS    | refused | signin
			GET     /api/v1/cases/{id}                                        | state | READERS    | refused | signin
			POST    /api/v1/cases/{id}/acts/{act}                             | state | ACTING CASE_HANDLER=refused/hidden | refused | signin
			POST    /api/v1/cases/{id}/approve                                | state | ACTORS     | refused | signin
			GET     /api/v1/cases/{id}/check                                  | state | READERS    | refused | signin
			PUT     /api/v1/cases/{id}/contents                               | state | ACTORS     | refused | signin
			POST    /api/v1/cases/{id}/evidence/packages                      | state | ACTORS     | refused | signin
			GET     /api/v1/cases/{id}/evidence/transfers                     | state | READERS    | refused | signin
			GET     /api/v1/cases/{id}/letter.pdf                             | state | READERS    | refused | signin
			POST    /api/v1/cases/{id}/submit                                 | state | ACTORS     | refused | signin
			GET     /api/v1/cases/{caseId}/evidence                           | state | READERS    | refused | signin
			GET     /api/v1/cases/{caseId}/evidence/case-uco                  | state | READERS    | refused | signin
			OPTIONS /api/v1/cases/{caseId}/evidence/uploads                   | node  | READERS    | refused | signin
			POST    /api/v1/cases/{caseId}/evidence/uploads                   | state | ACTORS     | refused | signin
			HEAD    /api/v1/cases/{caseId}/evidence/uploads/{uploadId}        | state | ACTORS     | refused | signin
			PATCH   /api/v1/cases/{caseId}/evidence/uploads/{uploadId}        | state | ACTORS     | refused | signin
			DELETE  /api/v1/cases/{caseId}/evidence/{itemId}                  | state | DELETERS   | refused | signin
			GET     /api/v1/cases/{caseId}/evidence/{itemId}                  | state | ACTORS     | refused | signin
			GET     /api/v1/cases/{caseId}/evidence/{itemId}/case-uco         | state | READERS    | refused | signin
			GET     /api/v1/cases/{caseId}/evidence/{itemId}/content          | state | ACTORS     | refused | signin
			GET     /api/v1/cases/{caseId}/evidence/{itemId}/custody          | state | READERS    | refused | signin
			GET     /api/v1/directory/authorities                             | node  | ALL        | -       | allowed
			POST    /api/v1/directory/authorities                             | node  | SECRETARIAT | refused | signin
			DELETE  /api/v1/directory/authorities/{id}                        | node  | SECRETARIAT | refused | signin
			GET     /api/v1/directory/authorities/{id}                        | node  | ALL        | -       | allowed
			PUT     /api/v1/directory/authorities/{id}                        | node  | SECRETARIAT | refused | signin
			GET     /api/v1/directory/authorities/{id}/on-duty                | node  | ALL        | -       | allowed
			POST    /api/v1/directory/authorities/{id}/shifts                 | node  | SECRETARIAT | refused | signin
			GET     /api/v1/directory/nodes                                   | node  | ALL        | -       | allowed
			PUT     /api/v1/directory/nodes/{id}                              | node  | SECRETARIAT | refused | signin
			POST    /api/v1/directory/nodes/{id}/keys                         | node  | SECRETARIAT | refused | signin
			GET     /api/v1/directory/points-of-contact.csv                   | node  | ALL        | -       | allowed
			GET     /api/v1/directory/points-of-contact.pdf                   | node  | ALL        | -       | allowed
			GET     /api/v1/directory/publications                            | node  | ALL        | -       | allowed
			POST    /api/v1/directory/publications                            | node  | SECRETARIAT | refused | signin
			GET     /api/v1/directory/trust                                   | node  | ALL        | -       | allowed
			GET     /api/v1/duty/alerts                                       | list  | DUTY       | refused | signin
			POST    /api/v1/duty/alerts/{id}/acknowledge                      | state | ACKERS     | refused | signin
			GET     /api/v1/duty/authorities/{authority}/chain                | state | NODE_ADMIN=allowed/refused | refused | signin
			PUT     /api/v1/duty/authorities/{authority}/chain/{step}         | state | NODE_ADMIN=allowed/refused | refused | signin
			PUT     /api/v1/duty/authorities/{authority}/webhook              | state | NODE_ADMIN=allowed/refused | refused | signin
			GET     /api/v1/duty/ping-tests                                   | list  | DUTY       | refused | signin
			POST    /api/v1/duty/ping-tests                                   | list  | SUPERVISOR NODE_ADMIN | refused | signin
			GET     /api/v1/duty/statistics                                   | list  | DUTY       | refused | signin
			GET     /api/v1/exchange/outbox                                   | node  | SUPERVISOR NODE_ADMIN | refused | signin
			GET     /api/v1/exchange/refusals                                 | node  | NODE_ADMIN AUDITOR | refused | signin
			GET     /api/v1/identity/me                                       | list  | ALL        | -       | signin
			GET     /api/v1/identity/tokens                                   | list  | NODE_ADMIN | refused | signin
			POST    /api/v1/identity/tokens                                   | list  | NODE_ADMIN | refused | signin
			DELETE  /api/v1/identity/tokens/{id}                              | state | NODE_ADMIN | refused | signin
			GET     /api/v1/identity/users                                    | list  | SUPERVISOR NODE_ADMIN AUDITOR | refused | signin
			POST    /api/v1/identity/users                                    | list  | NODE_ADMIN | refused | signin
			GET     /api/v1/identity/users/{id}                               | state | SUPERVISOR NODE_ADMIN AUDITOR | refused | signin
			PUT     /api/v1/identity/users/{id}/roles                         | state | NODE_ADMIN | refused | signin
			GET     /api/v1/law/rules                                         | node  | ALL        | -       | allowed
			GET     /api/v1/node                                              | node  | ALL        | -       | allowed
			GET     /api/v1/node/states/{code}                                | node  | ALL        | -       | allowed
			GET     /api/v1/reporting/network                                 | node  | ALL        | -       | signin
			GET     /api/v1/reporting/network.pdf                             | node  | ALL        | -       | signin
			GET     /api/v1/reporting/network/requests                        | node  | SECRETARIAT | refused | signin
			POST    /api/v1/reporting/network/requests                        | node  | SECRETARIAT | refused | signin
			GET     /api/v1/reporting/statistics                              | list  | STATS      | refused | signin
			POST    /api/v1/treaty/projection                                 | node  | ALL        | -       | allowed
			GET     /api/v1/treaty/participants                               | node  | ALL        | -       | allowed
			GET     /api/v1/treaty/participants/{code}                        | node  | ALL        | -       | allowed
			POST    /api/v1/treaty/registry/actions                           | node  | SECRETARIAT | refused | signin
			DELETE  /api/v1/treaty/registry/actions/{id}                      | node  | SECRETARIAT | refused | signin
			GET     /api/v1/treaty/registry/export                            | node  | ALL        | -       | allowed
			POST    /api/v1/treaty/registry/import                            | node  | SECRETARIAT | refused | signin
			POST    /api/v1/treaty/registry/update                            | node  | SECRETARIAT | refused | signin
			GET     /api/v1/treaty/status                                     | node  | ALL        | -       | allowed

			GET     /                                                         | node  | ALL        | -       | allowed
			GET     /status                                                   | node  | ALL        | -       | allowed
			GET     /account                                                  | list  | ALL        | -       | signin
			POST    /account/password                                         | list  | ALL        | -       | signin
			GET     /admin/users                                              | list  | NODE_ADMIN | refused | signin
			POST    /admin/users                                              | list  | NODE_ADMIN | refused | signin
			GET     /admin/users/new                                          | list  | NODE_ADMIN | refused | signin
			POST    /admin/users/tokens/{id}/revoke                           | state | NODE_ADMIN | refused | signin
			GET     /admin/users/{id}                                         | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/deactivate                              | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/lock                                    | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/password-change                         | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/roles                                   | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/second-factor/reset                     | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/tokens                                  | state | NODE_ADMIN | refused | signin
			POST    /admin/users/{id}/unlock                                  | state | NODE_ADMIN | refused | signin
			GET     /assistance                                               | network | ALL      | -       | signin
			POST    /assistance/matches                                       | network | SECRETARIAT | refused | signin
			POST    /assistance/matches/{id}/accept                           | state | RECORDERS  | refused | signin
			POST    /assistance/matches/{id}/decline                          | state | RECORDERS  | refused | signin
			POST    /assistance/matches/{id}/delivery                         | state | RECORDERS  | refused | signin
			POST    /assistance/matches/{id}/outcome                          | state | RECORDERS  | refused | signin
			POST    /assistance/needs                                         | list  | RECORDERS  | refused | signin
			POST    /assistance/offers                                        | list  | RECORDERS  | refused | signin
			GET     /audit                                                    | node  | AUDITOR    | refused | signin
			POST    /audit/checkpoint                                         | node  | AUDITOR    | refused | signin
			GET     /cases                                                    | list  | READERS    | refused | signin
			GET     /cases/new                                                | list  | ACTORS     | refused | signin
			POST    /cases/new                                                | list  | ACTORS     | refused | signin
			POST    /cases/new/check                                          | list  | ACTORS     | refused | signin
			GET     /cases/{id}                                               | state | READERS    | refused | signin
			POST    /cases/{id}/acts/{act}                                    | state | ACTING CASE_HANDLER=refused/hidden | refused | signin
			GET     /cases/{id}/edit                                          | state | ACTORS     | refused | signin
			POST    /cases/{id}/edit                                          | state | ACTORS     | refused | signin
			POST    /cases/{id}/evidence/packages                             | state | ACTORS     | refused | signin
			GET     /cases/{id}/evidence/transfers                            | state | READERS    | refused | signin
			GET     /cases/{id}/evidence/transfers/progress                   | state | READERS    | refused | signin
			GET     /cases/{id}/letter.pdf                                    | state | READERS    | refused | signin
			GET     /cases/{caseId}/evidence                                  | state | READERS    | refused | signin
			GET     /cases/{caseId}/evidence/case-uco                         | state | READERS    | refused | signin
			OPTIONS /cases/{caseId}/evidence/uploads                          | node  | ALL        | -       | signin
			POST    /cases/{caseId}/evidence/uploads                          | state | ACTORS     | refused | signin
			HEAD    /cases/{caseId}/evidence/uploads/{uploadId}               | state | ACTORS     | refused | signin
			PATCH   /cases/{caseId}/evidence/uploads/{uploadId}               | state | ACTORS     | refused | signin
			GET     /cases/{caseId}/evidence/{itemId}                         | state | READERS    | refused | signin
			GET     /cases/{caseId}/evidence/{itemId}/case-uco                | state | READERS    | refused | signin
			GET     /cases/{caseId}/evidence/{itemId}/content                 | state | ACTORS     | refused | signin
			POST    /cases/{caseId}/evidence/{itemId}/delete                  | state | DELETERS   | refused | signin
			GET     /directory                                                | node  | ALL        | -       | allowed
			GET     /directory/publications                                   | node  | ALL        | -       | allowed
			GET     /directory/rosters/{id}                                   | node  | ALL        | -       | allowed
			GET     /directory/states/{code}                                  | node  | ALL        | -       | allowed
			GET     /duty                                                     | list  | DUTY       | refused | signin
			GET     /duty/acknowledge                                         | node  | ALL        | -       | allowed
			POST    /duty/acknowledge                                         | node  | ALL        | -       | allowed
			GET     /duty/alerts                                              | list  | DUTY       | refused | signin
			POST    /duty/alerts/{id}/acknowledge                             | state | ACKERS     | refused | signin
			GET     /duty/stream                                              | list  | DUTY       | refused | signin
			GET     /exchange/outbox                                          | node  | SUPERVISOR NODE_ADMIN | refused | signin
			GET     /identity/admin                                           | list  | NODE_ADMIN | refused | signin
			POST    /identity/admin/tokens                                    | list  | NODE_ADMIN | refused | signin
			POST    /identity/admin/tokens/{id}/revoke                        | state | NODE_ADMIN | refused | signin
			GET     /law                                                      | node  | ALL        | -       | allowed
			GET     /reporting                                                | list  | STATS      | refused | signin
			GET     /treaty                                                   | node  | ALL        | -       | allowed
			GET     /treaty/participants                                      | node  | ALL        | -       | allowed
			GET     /treaty/participants/{code}                               | node  | ALL        | -       | allowed
			GET     /login                                                    | node  | ALL        | -       | allowed
			POST    /login                                                    | node  | NONE       | signin  | signin
			POST    /login/demo                                               | node  | NONE       | signin  | signin
			GET     /login/code                                               | node  | NONE       | signin  | signin
			POST    /login/code                                               | node  | NONE       | signin  | signin
			GET     /login/enrol                                              | node  | NONE       | signin  | signin
			POST    /login/enrol                                              | node  | NONE       | signin  | signin
			""";

	static final String VN_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000001";

	static final String VN_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000002";

	static final String BR_CENTRAL_AUTHORITY = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000003";

	static final String BR_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000004";

	static final String GH_POINT_OF_CONTACT = "6f1c0d1e-5b0a-4c39-9d4e-0a0000000006";

	static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * Bodies that pass the operation's own checks, where an empty object would be refused before the resource is
	 * looked up (so the answer would not tell whether another State's resource is hidden).
	 */
	static final Map<String, String> BODIES = Map.of("PUT /api/v1/identity/users/{id}/roles", "{\"roles\":[\"OBSERVER\"]}");

	/** Queries that make a list show what the caller's authority sent, where Viet Nam's own case is. */
	static final Map<String, String> QUERIES = Map.of("GET /api/v1/cases", "?box=outbox");

	/** The framework's error page, which answers for every other route; signing out is a filter, not a route. */
	static final Set<String> NOT_ROUTES = Set.of("/error");

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	NodeProperties node;

	@Autowired
	ThisNode thisNode;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping pages;

	DemoLogins demo;

	/** The resources of Viet Nam (own) and of Brazil or Ghana only (other), by the name of the path parameter's kind. */
	final Map<String, String> own = new LinkedHashMap<>();

	final Map<String, String> other = new LinkedHashMap<>();

	/** Viet Nam's case with evidence and an upload that Brazil holds in it: the item is another State's. */
	final Map<String, String> mixed = new LinkedHashMap<>();

	/** Ids of other States' resources that no answer to a Viet Nam caller may contain. */
	final Set<String> foreign = new LinkedHashSet<>();

	@Test
	void everyRoleGetsExactlyTheAnswerTheMatrixWritesAndNoAnswerShowsAnotherStatesData() throws Exception {
		demo = new DemoLogins(node.dataDir(), port);
		Map<String, Row> rows = parse(MATRIX);
		List<Route> routes = new ArrayList<>(apiOperations());
		routes.addAll(pageRoutes());
		List<String> wrong = new ArrayList<>();
		Set<String> listed = new TreeSet<>();
		for (Route route : routes) {
			if (!rows.containsKey(route.key())) {
				wrong.add(route.key() + ": no row in the matrix");
			}
			listed.add(route.key());
		}
		for (String row : rows.keySet()) {
			if (!listed.contains(row)) {
				wrong.add(row + ": a row of the matrix for a route the node does not have");
			}
		}
		prepareResources();
		Map<Role, Caller> callers = new LinkedHashMap<>();
		UnusedTotpCodes codes = new UnusedTotpCodes(jdbc, clock);
		for (Role role : Role.values()) {
			callers.put(role, Caller.signedIn(this, demo.of("VN", role), codes));
		}
		Caller nobody = Caller.anonymous(this);
		assertThat(foreign).as("ids of other States' resources to look for").hasSizeGreaterThan(20);

		int requests = 0;
		int cells = 0;
		routes.sort((a, b) -> Integer.compare(a.order(), b.order()));
		for (Route route : routes) {
			Row row = rows.get(route.key());
			if (row == null) {
				continue;
			}
			for (Role role : Role.values()) {
				Answer[] expected = row.answers().get(role);
				Exchange ownAnswer = callers.get(role).call(route, own);
				requests++;
				cells++;
				check(route, role, role + " on Viet Nam's", ownAnswer, expected[0], row.scope(), wrong);
				if (row.scope() == Scope.STATE) {
					Exchange otherAnswer = callers.get(role).call(route, other);
					requests++;
					check(route, role, role + " on another State's", otherAnswer, expected[1], row.scope(), wrong);
				}
				if (row.scope() == Scope.STATE && (route.path().contains("{itemId}") || route.path().contains("{uploadId}"))) {
					Exchange heldElsewhere = callers.get(role).call(route, mixed);
					requests++;
					check(route, role, role + " on Brazil's evidence in Viet Nam's case", heldElsewhere, expected[1], row.scope(), wrong);
				}
				cells++;
			}
			Exchange anonymous = nobody.call(route, own);
			requests++;
			cells++;
			check(route, null, "nobody", anonymous, row.anonymous(), Scope.NODE, wrong);
		}

		System.out.printf("Role matrix: %d API operations and %d pages × %d roles × own/other/no session: %d cells, %d requests, %d mismatches%n",
				routes.stream().filter(Route::api).count(), routes.stream().filter(route -> !route.api()).count(),
				Role.values().length, cells, requests, wrong.size());
		assertThat(routes.stream().filter(Route::api).count()).as("the OpenAPI document lists the node's operations").isGreaterThan(60);
		assertThat(routes.stream().filter(route -> !route.api()).count()).as("Spring MVC knows the node's pages").isGreaterThan(40);
		assertThat(wrong).as("answers that differ from the matrix, out of " + requests + " requests").isEmpty();
	}

	private void check(Route route, Role role, String who, Exchange answer, Answer expected, Scope scope, List<String> wrong) {
		Answer actual = Answer.of(answer);
		String what = route.key() + " as " + who + " (" + answer.target() + ")";
		if (actual != expected) {
			wrong.add(what + ": expected " + expected.name().toLowerCase(Locale.ROOT) + ", got HTTP " + answer.status()
					+ (answer.location() == null ? "" : " → " + answer.location()) + " " + abbreviate(answer.body()));
			return;
		}
		boolean readsTheNetwork = scope == Scope.NETWORK && role == Role.SECRETARIAT;
		if (scope != Scope.NODE && !readsTheNetwork && answer.status() / 100 == 2) {
			for (String id : foreign) {
				if (answer.body().contains(id)) {
					wrong.add(what + ": LEAK, the answer shows " + id + " of another State");
				}
			}
		}
	}

	/** What a State's callers create before the walk: cases, evidence, uploads, alerts, users, tokens. */
	private void prepareResources() {
		String vietNamToBrazil = UrgentRequests.sendToBrazil(demo);
		String brazilToVietNam = sendUrgent("BR", VN_POINT_OF_CONTACT);
		String brazilToGhana = sendUrgent("BR", GH_POINT_OF_CONTACT);
		own.put("case", vietNamToBrazil);
		other.put("case", brazilToGhana);
		foreign.add(brazilToGhana);

		own.put("item", completeUpload("VN", vietNamToBrazil));
		other.put("item", completeUpload("BR", brazilToGhana));
		own.put("upload", startUpload("VN", vietNamToBrazil));
		other.put("upload", startUpload("BR", brazilToGhana));
		mixed.putAll(own);
		mixed.put("item", completeUpload("BR", vietNamToBrazil));
		mixed.put("upload", startUpload("BR", vietNamToBrazil));
		foreign.add(other.get("item"));
		foreign.add(other.get("upload"));
		foreign.add(mixed.get("item"));
		foreign.add(mixed.get("upload"));

		own.put("alert", openAlert("VN", brazilToVietNam));
		other.put("alert", openAlert("GH", brazilToGhana));
		foreign.add(other.get("alert"));

		own.put("user", spareUser("VN", VN_CENTRAL_AUTHORITY));
		other.put("user", spareUser("BR", BR_CENTRAL_AUTHORITY));
		own.put("token", spareToken("VN", VN_CENTRAL_AUTHORITY));
		other.put("token", spareToken("BR", BR_CENTRAL_AUTHORITY));
		for (String state : List.of("BR", "GH")) {
			for (JsonNode user : json.readTree(demo.get("/api/v1/identity/users", demo.of(state, Role.NODE_ADMIN).apiToken()).body())) {
				foreign.add(user.path("id").asString());
			}
			for (JsonNode token : json.readTree(demo.get("/api/v1/identity/tokens", demo.of(state, Role.NODE_ADMIN).apiToken()).body())) {
				foreign.add(token.path("id").asString());
			}
		}

		own.put("pointOfContact", VN_POINT_OF_CONTACT);
		other.put("pointOfContact", BR_POINT_OF_CONTACT);
		String spare = spareAuthority();
		own.put("authority", spare);
		other.put("authority", spare);
		own.put("node", thisNode.id());
		other.put("node", thisNode.id());
		String action = spareTreatyAction();
		own.put("action", action);
		other.put("action", action);
		own.put("match", assistanceMatch("VN", "VN"));
		other.put("match", assistanceMatch("BR", "BR"));
		foreign.add(other.get("match"));
		own.forEach(mixed::putIfAbsent);
	}

	/**
	 * A match of an offer of {@code offering} with a need of Ghana's that only {@code shownTo} sees, proposed by the
	 * secretariat; the need of the other State's match is another State's too.
	 */
	private String assistanceMatch(String offering, String shownTo) {
		String particulars = "\"title\":\"Role matrix\",\"description\":\"Recorded by the role matrix test\",\"languages\":[\"en\"],"
				+ "\"region\":\"AFRICA\",\"from\":\"2027-01-01\",\"to\":\"2027-12-31\"";
		String offer = expect(demo.send("POST", "/api/v1/assistance/offers", demo.of(offering, Role.SUPERVISOR).apiToken(),
				"{\"kind\":\"COURSES\"," + particulars + ",\"contact\":\"" + (offering.equals("VN") ? VN_CENTRAL_AUTHORITY : BR_CENTRAL_AUTHORITY)
						+ "\"}"), 201)
			.path("id")
			.asString();
		String need = expect(demo.send("POST", "/api/v1/assistance/needs", demo.of("GH", Role.SUPERVISOR).apiToken(),
				"{\"kind\":\"TRAINING\"," + particulars + ",\"contact\":\"" + GH_POINT_OF_CONTACT + "\",\"visibleTo\":[\"" + shownTo + "\"]}"),
				201)
			.path("id")
			.asString();
		if (!shownTo.equals("VN")) {
			foreign.add(need);
		}
		return expect(demo.send("POST", "/api/v1/assistance/matches", demo.of("VN", Role.SECRETARIAT).apiToken(),
				"{\"need\":\"" + need + "\",\"offer\":\"" + offer + "\"}"), 201)
			.path("id")
			.asString();
	}

	private String sendUrgent(String state, String requestedAuthority) {
		String body = "{\"type\":\"PRESERVATION\",\"requestedAuthority\":\"" + requestedAuthority + "\",\"contents\":"
				+ "{\"legalBasis\":{\"kind\":\"TREATY\",\"instrument\":\"Treaty on mutual legal assistance (demo)\"},"
				+ "\"offenceBasis\":{\"kind\":\"CONVENTION_OFFENCE\",\"article\":7},"
				+ "\"urgency\":\"URGENT\",\"language\":\"en\","
				+ "\"elements\":{\"OFFENCE_AND_FACTS\":\"Illegal access to a hospital's records on 2026-11-20.\","
				+ "\"DATA_AND_RELATION\":\"Connection logs of the account used in the intrusion.\","
				+ "\"CUSTODIAN_OR_LOCATION\":\"Example Hosting Ltd.\","
				+ "\"NECESSITY\":\"The provider keeps logs for 30 days only.\","
				+ "\"INTENT_TO_REQUEST_ASSISTANCE\":\"yes\"}}}";
		String id = expect(demo.send("POST", "/api/v1/cases", demo.of(state, Role.DUTY_OFFICER).apiToken(), body), 201)
			.path("id")
			.asString();
		expect(demo.send("POST", "/api/v1/cases/" + id + "/submit", demo.of(state, Role.DUTY_OFFICER).apiToken(), null), 200);
		expect(demo.send("POST", "/api/v1/cases/" + id + "/approve", demo.of(state, Role.SUPERVISOR).apiToken(), null), 200);
		return id;
	}

	private String startUpload(String state, String caseId) {
		HttpResponse<String> started = demo.send("POST", "/api/v1/cases/" + caseId + "/evidence/uploads", demo.of(state, Role.DUTY_OFFICER).apiToken(),
				Map.of("Tus-Resumable", "1.0.0", "Upload-Length", "9", "Upload-Metadata",
						"filename " + Base64.getEncoder().encodeToString("matrix.txt".getBytes(StandardCharsets.UTF_8))),
				null);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		String location = started.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String completeUpload(String state, String caseId) {
		String upload = startUpload(state, caseId);
		HttpResponse<String> patched = demo.send("PATCH", "/api/v1/cases/" + caseId + "/evidence/uploads/" + upload,
				demo.of(state, Role.DUTY_OFFICER).apiToken(), Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", "0", "Content-Type",
						"application/offset+octet-stream"),
				"evidence!");
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(204);
		return patched.headers().firstValue("Evidence-Item").orElseThrow();
	}

	private String openAlert(String state, String caseId) {
		for (JsonNode alert : expect(demo.get("/api/v1/duty/alerts", demo.of(state, Role.DUTY_OFFICER).apiToken()), 200)) {
			if (alert.path("caseId").asString().equals(caseId)) {
				return alert.path("id").asString();
			}
		}
		throw new IllegalStateException("No open alert in " + state + " for case " + caseId);
	}

	private String spareUser(String state, String authority) {
		String body = "{\"username\":\"matrix-" + state.toLowerCase(Locale.ROOT) + "\",\"authority\":\"" + authority
				+ "\",\"roles\":[\"OBSERVER\"]}";
		return expect(demo.send("POST", "/api/v1/identity/users", demo.of(state, Role.NODE_ADMIN).apiToken(), body), 201)
			.path("user")
			.path("id")
			.asString();
	}

	private String spareToken(String state, String authority) {
		String body = "{\"label\":\"matrix " + state + "\",\"authority\":\"" + authority + "\",\"roles\":[\"OBSERVER\"]}";
		return expect(demo.send("POST", "/api/v1/identity/tokens", demo.of(state, Role.NODE_ADMIN).apiToken(), body), 201)
			.path("token")
			.path("id")
			.asString();
	}

	/** A copy of Brazil's central authority under another name, for the secretariat to change and end. */
	private String spareAuthority() {
		ObjectNode copy = (ObjectNode) expect(demo.get("/api/v1/directory/authorities/" + BR_CENTRAL_AUTHORITY, null), 200);
		copy.remove("id");
		copy.put("name", "Role matrix authority");
		return expect(demo.send("POST", "/api/v1/directory/authorities", demo.of("VN", Role.SECRETARIAT).apiToken(), copy.toString()), 201)
			.path("id")
			.asString();
	}

	/** A declaration recorded for the walk, for the secretariat to remove. */
	private String spareTreatyAction() {
		String declaration = "{\"participant\":\"GHA\",\"kind\":\"DISPUTE_SETTLEMENT_OPT_OUT\",\"date\":\"2026-01-05\","
				+ "\"detail\":\"Recorded by the role matrix test\"}";
		return expect(demo.send("POST", "/api/v1/treaty/registry/actions", demo.of("VN", Role.SECRETARIAT).apiToken(), declaration), 201)
			.path("id")
			.asString();
	}

	private JsonNode expect(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	/** Every operation of the OpenAPI document, with a body and the required query parameters it takes. */
	private List<Route> apiOperations() {
		JsonNode paths = json.readTree(demo.get("/api/v1/openapi.json", null).body()).path("paths");
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				StringBuilder query = new StringBuilder();
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
						query.append(query.isEmpty() ? '?' : '&').append(parameter.path("name").asString()).append("=1");
					}
				}
				String key = method + " " + path.getKey();
				routes.add(new Route(true, method, path.getKey(), QUERIES.getOrDefault(key, query.toString()),
						operation.getValue().has("requestBody")));
			}
		}
		return routes;
	}

	/** Every route of a controller that is not under the machine interfaces: the pages and their forms. */
	private List<Route> pageRoutes() {
		Set<Route> routes = new LinkedHashSet<>();
		for (RequestMappingInfo mapping : pages.getHandlerMethods().keySet()) {
			for (String pattern : mapping.getPatternValues()) {
				if (pattern.startsWith("/api/") || pattern.startsWith("/federation/") || pattern.startsWith("/actuator")
						|| NOT_ROUTES.contains(pattern)) {
					continue;
				}
				Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(false, method.name(), pattern, "", false));
				}
			}
		}
		return new ArrayList<>(routes);
	}

	private static Map<String, Row> parse(String matrix) {
		Map<String, Set<Role>> groups = new LinkedHashMap<>();
		groups.put("ALL", EnumSet.allOf(Role.class));
		groups.put("NONE", EnumSet.noneOf(Role.class));
		Map<String, Row> rows = new LinkedHashMap<>();
		for (String line : matrix.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
			if (!line.contains("|")) {
				String[] group = line.split("=", 2);
				groups.put(group[0].strip(), roles(group[1], groups));
				continue;
			}
			String[] cells = line.split("\\|");
			assertThat(cells).as(line).hasSize(5);
			String key = String.join(" ", cells[0].strip().split("\\s+"));
			Scope scope = Scope.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
			Map<Role, Answer[]> answers = new LinkedHashMap<>();
			for (String entry : cells[2].strip().split("\\s+")) {
				String[] given = entry.split("=", 2);
				Answer[] answer = given.length == 2 ? answers(given[1])
						: new Answer[] { Answer.ALLOWED, scope == Scope.STATE ? Answer.HIDDEN : Answer.ALLOWED };
				for (Role role : roles(given[0], groups)) {
					answers.put(role, answer);
				}
			}
			for (Role role : Role.values()) {
				answers.putIfAbsent(role, answers(cells[3].strip()));
			}
			assertThat(rows.put(key, new Row(scope, answers, Answer.valueOf(cells[4].strip().toUpperCase(Locale.ROOT)))))
				.as("one row for " + key)
				.isNull();
		}
		return rows;
	}

	/** {@code refused}: the same answer on Viet Nam's resource and on another State's; {@code refused/hidden}: each. */
	private static Answer[] answers(String cell) {
		if (cell.equals("-")) {
			return new Answer[] { Answer.ALLOWED, Answer.ALLOWED };
		}
		String[] sides = cell.split("/", 2);
		Answer own = Answer.valueOf(sides[0].toUpperCase(Locale.ROOT));
		return new Answer[] { own, sides.length == 2 ? Answer.valueOf(sides[1].toUpperCase(Locale.ROOT)) : own };
	}

	private static Set<Role> roles(String names, Map<String, Set<Role>> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names.strip().split("\\s+")) {
			if (!name.equals("-")) {
				roles.addAll(groups.containsKey(name) ? groups.get(name) : EnumSet.of(Role.valueOf(name)));
			}
		}
		return roles;
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
	}

	enum Scope {
		STATE, LIST, NETWORK, NODE
	}

	enum Answer {
		ALLOWED, REFUSED, HIDDEN, SIGNIN, BROKEN;

		static Answer of(Exchange answer) {
			int status = answer.status();
			if (status >= 500) {
				return BROKEN;
			}
			if (status == 401 || (status / 100 == 3 && answer.location() != null && answer.location().matches(".*/login(\\?.*)?$"))) {
				return SIGNIN;
			}
			if (status == 403) {
				return REFUSED;
			}
			if (status == 404) {
				return HIDDEN;
			}
			return ALLOWED;
		}
	}

	record Row(Scope scope, Map<Role, Answer[]> answers, Answer anonymous) {
	}

	/**
	 * A route: an API operation or a page. Destructive routes run after the others, and the sign-in steps last,
	 * so that no row sees a resource another row has already removed.
	 */
	record Route(boolean api, String method, String path, String query, boolean body) {

		String key() {
			return method + " " + path;
		}

		int order() {
			if (path.startsWith("/login")) {
				return 3;
			}
			if (method.equals("DELETE") || path.endsWith("/delete") || path.endsWith("/revoke")) {
				return 2;
			}
			return 1;
		}

		/** The path with its parameters filled from the resources of one side. */
		String target(Map<String, String> resources) {
			Matcher parameter = PATH_PARAMETER.matcher(path);
			StringBuilder filled = new StringBuilder();
			while (parameter.find()) {
				parameter.appendReplacement(filled, Matcher.quoteReplacement(value(parameter.group(1), path.substring(0, parameter.start()),
						resources)));
			}
			parameter.appendTail(filled);
			return filled + query;
		}

		private static String value(String name, String before, Map<String, String> resources) {
			return switch (name) {
				case "caseId" -> resources.get("case");
				case "itemId" -> resources.get("item");
				case "uploadId" -> resources.get("upload");
				case "authority" -> resources.get("pointOfContact");
				case "act" -> "request-status";
				case "step" -> "BACKUP";
				case "index" -> "0";
				case "code" -> (resources.get("pointOfContact").equals(VN_POINT_OF_CONTACT) ? "VN" : "BR")
						+ (before.contains("/treaty/") ? (resources.get("pointOfContact").equals(VN_POINT_OF_CONTACT) ? "M" : "A") : "");
				case "id" -> {
					if (before.endsWith("/cases/")) {
						yield resources.get("case");
					}
					if (before.endsWith("/alerts/")) {
						yield resources.get("alert");
					}
					if (before.endsWith("/users/")) {
						yield resources.get("user");
					}
					if (before.endsWith("/tokens/")) {
						yield resources.get("token");
					}
					if (before.endsWith("/directory/authorities/")) {
						yield resources.get("authority");
					}
					if (before.endsWith("/rosters/")) {
						yield resources.get("pointOfContact");
					}
					if (before.endsWith("/nodes/")) {
						yield resources.get("node");
					}
					if (before.endsWith("/actions/")) {
						yield resources.get("action");
					}
					if (before.endsWith("/matches/")) {
						yield resources.get("match");
					}
					throw new IllegalStateException("No resource for {id} after " + before);
				}
				default -> throw new IllegalStateException("No resource for {" + name + "}");
			};
		}
	}

	/** One request and its answer, with at most the first 64 KiB of the body. */
	record Exchange(String target, int status, String location, String body) {
	}

	/**
	 * A caller of the walk: a browser session signed in as a demo user (which also holds the user's API token), or
	 * nobody with an anonymous session (so that forms carry a CSRF token and only the sign-in rule decides).
	 */
	static final class Caller {

		private final RoleMatrixIntegrationTests test;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final String token;

		private String csrf = "";

		private Caller(RoleMatrixIntegrationTests test, String token) {
			this.test = test;
			this.token = token;
		}

		static Caller anonymous(RoleMatrixIntegrationTests test) {
			Caller nobody = new Caller(test, null);
			nobody.csrf = nobody.csrfOf("/login");
			return nobody;
		}

		static Caller signedIn(RoleMatrixIntegrationTests test, Login login, UnusedTotpCodes codes) {
			Caller caller = new Caller(test, login.apiToken());
			caller.csrf = caller.csrfOf("/login");
			Exchange password = caller.form("/login", Map.of("username", login.user(), "password", login.password()));
			if (password.location() != null && password.location().endsWith("/login/code")) {
				caller.form("/login/code", Map.of("code", codes.codeFor(login)));
			}
			caller.csrf = caller.csrfOf("/account");
			assertThat(caller.csrf).as("signed in as " + login.user()).isNotEmpty();
			return caller;
		}

		Exchange call(Route route, Map<String, String> resources) {
			String target = route.target(resources);
			HttpRequest.Builder request = request(target);
			String body = null;
			if (target.contains("/evidence/uploads")) {
				request.header("Tus-Resumable", "1.0.0").header("Upload-Length", "9").header("Upload-Offset", "0");
				if (route.method().equals("PATCH")) {
					request.header("Content-Type", "application/offset+octet-stream");
					body = "x";
				}
			}
			else if (route.api() && route.body()) {
				request.header("Content-Type", "application/json");
				body = BODIES.getOrDefault(route.key(), "{}");
			}
			else if (!route.api() && !route.method().equals("GET")) {
				request.header("Content-Type", "application/x-www-form-urlencoded");
				body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
			}
			if (route.api()) {
				if (token != null) {
					request.header("Authorization", "Bearer " + token);
				}
				request.header("Accept", route.path().endsWith(".pdf") ? "application/pdf, application/problem+json"
						: route.path().endsWith(".csv") ? "text/csv, application/problem+json" : "application/json, */*");
			}
			else {
				request.header("Accept", "text/html, */*").header("X-CSRF-TOKEN", csrf);
			}
			request.method(route.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
			return send(target, request);
		}

		private Exchange form(String path, Map<String, String> fields) {
			String form = fields.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
			return send(path, request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		private String csrfOf(String page) {
			Matcher found = CSRF.matcher(send(page, request(page).header("Accept", "text/html").GET()).body());
			return found.find() ? found.group(1) : "";
		}

		private HttpRequest.Builder request(String target) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + test.port + target)).timeout(Duration.ofSeconds(30));
		}

		private Exchange send(String target, HttpRequest.Builder request) {
			try {
				HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
				String body;
				try (InputStream stream = response.body()) {
					// An event stream stays open: its first answer is all the matrix needs.
					body = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream") ? ""
							: new String(stream.readNBytes(1 << 20), StandardCharsets.UTF_8);
				}
				return new Exchange(target, response.statusCode(), response.headers().firstValue("Location").orElse(null), body);
			}
			catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(interrupted);
			}
		}
	}
}
