package dev.keysmith.bootstrap.web;

import static dev.keysmith.bootstrap.support.Api.as;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.csrfOf;
import static dev.keysmith.bootstrap.web.ConsolePagesTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keysmith.application.port.out.NotificationPort;
import dev.keysmith.bootstrap.support.Api;
import dev.keysmith.bootstrap.support.KeyFixture;
import dev.keysmith.bootstrap.web.ConsolePagesTest.Browser;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.notification.Notification;
import dev.keysmith.domain.notification.NotificationKind;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The console's pages inside an account (landing, products, notifications, audit trail, members) through HTTP, for
 * each role: what is shown, what is hidden, and that every form goes through the same use cases as the API.
 */
@QuarkusTest
class ConsoleAccountPagesTest {

    private static final Pattern EVENT = Pattern.compile("data-event-id=\"([^\"]+)\"");
    private static final Pattern OLDER = Pattern.compile("id=\"older\" href=\"([^\"]+)\"");
    private static final Pattern INVITATION = Pattern.compile("/console/invitations/([A-Za-z0-9_-]+)");

    @Inject
    NotificationPort notifications;

    @Inject
    TestClock clock;

    private static String page(String accountId, String page) {
        return "/console/accounts/" + accountId + (page.isEmpty() ? "" : "/" + page);
    }

    @Test
    void eachAccountPageShowsWhatTheRoleMaySee() {
        KeyFixture f = KeyFixture.create();
        String id = f.account().id();
        Browser owner = signedIn(f.account().ownerEmail());
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());
        Browser member = signedIn(Api.member(f.account(), "MEMBER").email());
        Browser stranger = signedIn(Api.account(f.operator(), null).ownerEmail());
        List<String> adminPages = List.of("products", "notifications", "audit");

        for (String p : List.of("", "products", "notifications", "audit", "members")) {
            Response shown = owner.get(page(id, p));
            assertThat(shown.statusCode()).as(p).isEqualTo(200);
            assertThat(shown.asString())
                    .as(p)
                    .contains("id=\"nav-account\"", "id=\"nav-keys\"", "id=\"nav-products\"")
                    .contains("id=\"nav-notifications\"", "id=\"nav-audit\"", "id=\"nav-members\"");
        }
        for (String p : adminPages) {
            Response shown = admin.get(page(id, p));
            assertThat(shown.statusCode()).as(p).isEqualTo(200);
            assertThat(shown.asString()).as(p).contains("id=\"nav-audit\"").doesNotContain("id=\"nav-members\"");
        }
        Response membersForAdmin = admin.get(page(id, "members"));
        assertThat(membersForAdmin.statusCode()).isEqualTo(403);
        assertThat(membersForAdmin.asString()).contains("<h1>Not allowed</h1>").doesNotContain("data-user-id");

        Response landing = member.get("/console");
        assertThat(landing.statusCode()).isEqualTo(303);
        assertThat(landing.header("Location")).endsWith(page(id, ""));
        Response home = member.get(page(id, ""));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString())
                .contains("id=\"account-status\"", "APPROVED", "id=\"member-note\"", "id=\"nav-account\"")
                .doesNotContain("id=\"nav-keys\"", "id=\"nav-audit\"", "id=\"nav-notifications\"")
                .doesNotContain("id=\"nav-members\"", "/keys\"");
        for (String p : List.of("products", "notifications", "audit", "members")) {
            Response refused = member.get(page(id, p));
            assertThat(refused.statusCode()).as(p).isEqualTo(403);
            assertThat(refused.asString()).as(p).contains("<h1>Not allowed</h1>");
        }

        for (String p : List.of("", "products", "notifications", "audit", "members")) {
            Response hidden = stranger.get(page(id, p));
            assertThat(hidden.statusCode()).as(p).isEqualTo(404);
            assertThat(hidden.asString()).as(p).contains("<h1>Not found</h1>");
            Response anonymous = new Browser().get(page(id, p));
            assertThat(anonymous.statusCode()).as(p).isEqualTo(303);
            assertThat(anonymous.header("Location")).as(p).endsWith("/console/sign-in");
        }
    }

    @Test
    void aSuperadminRequestsAccessAndTheRequestWaitsOnTheOperatorsQueue() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        Browser owner = signedIn(account.ownerEmail());
        Browser admin = signedIn(Api.member(account, "ADMIN").email());
        String products = page(account.id(), "products");
        String request = products + "/" + product + "/request";

        String list = owner.get(products).asString();
        assertThat(list).contains("data-product=\"" + product + "\"", "Not requested", "href=\"" + request + "\"");
        assertThat(admin.get(products).asString())
                .contains("data-product=\"" + product + "\"")
                .doesNotContain("class=\"request-access\"");
        Response form = owner.get(request);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString())
                .contains("id=\"intended-start\" name=\"intendedStartDate\" type=\"date\"")
                .contains("id=\"use-case\" name=\"useCase\"");

        Response badDate = owner.post(
                request, Map.of("csrf", csrfOf(form), "intendedStartDate", "soon", "useCase", "Bookings sync"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.asString())
                .contains("class=\"form-error\"", "Give the day you intend to start", "Bookings sync");
        Response requested = owner.post(
                request, Map.of("csrf", csrfOf(form), "intendedStartDate", "2030-02-01", "useCase", "Bookings sync"));
        assertThat(requested.statusCode()).isEqualTo(303);
        assertThat(owner.get(requested.header("Location")).asString())
                .contains("class=\"flash\"", "Requested: waiting for an operator", "2030-02-01", "Bookings sync");
        Response again = owner.post(
                request, Map.of("csrf", csrfOf(form), "intendedStartDate", "2030-02-01", "useCase", "Again"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("already requested");
        Response byAdmin =
                admin.submit(products, request, Map.of("intendedStartDate", "2030-02-01", "useCase", "Not allowed"));
        assertThat(byAdmin.statusCode()).isEqualTo(403);

        String queue = signedIn(Api.OPERATOR_EMAIL, Api.OPERATOR_PASSWORD)
                .get("/console/operator/access-requests")
                .asString();
        String requestId = as(account.ownerToken())
                .get("/v1/accounts/" + account.id() + "/products")
                .jsonPath()
                .getString("find { it.code == '" + product + "' }.access.requestId");
        assertThat(queue).contains("data-request-id=\"" + requestId + "\"", "Bookings sync", "2030-02-01");
    }

    @Test
    void aWarningShowsWithTheUnreadCountUntilItIsMarkedAsRead() {
        KeyFixture f = KeyFixture.create();
        String keyId = f.key(null)[0];
        String id = f.account().id();
        notifications.insertNotifications(List.of(Notification.post(
                AccountId.parse(id),
                NotificationKind.KEY_EXPIRY_WARNING,
                "Marketing Automation expires in 7 days",
                "The key has not been used for 83 days. Use it or it expires.",
                ApiKeyId.parse(keyId),
                new ProductCode(f.product()),
                LocalDate.of(2031, 3, 4),
                clock.instant())));
        Browser owner = signedIn(f.account().ownerEmail());
        Browser member = signedIn(Api.member(f.account(), "MEMBER").email());

        String keys = owner.get(page(id, "keys")).asString();
        assertThat(keys).contains("id=\"unread-count\">1<span class=\"visually-hidden\"> unread</span>");
        assertThat(member.get(page(id, "")).asString()).doesNotContain("unread-count");
        Response list = owner.get(page(id, "notifications?unread=true"));
        assertThat(list.asString())
                .contains("Marketing Automation expires in 7 days", "2031-03-04", "class=\"mark-read")
                .contains("notification unread");
        String notificationId = Pattern.compile("data-notification-id=\"([^\"]+)\"")
                .matcher(list.asString())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);

        Response read = owner.post(
                page(id, "notifications/" + notificationId + "/read"), Map.of("csrf", csrfOf(list), "unread", "true"));

        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(read.header("Location")).endsWith(page(id, "notifications?unread=true"));
        String unread = owner.get(read.header("Location")).asString();
        assertThat(unread).contains("No unread notifications.").doesNotContain("unread-count");
        assertThat(owner.get(page(id, "notifications")).asString())
                .contains("Marketing Automation expires in 7 days", " read ")
                .doesNotContain("class=\"mark-read");
        Api.Account stranger = Api.account(f.operator(), null);
        Response other = signedIn(stranger.ownerEmail())
                .submit(page(stranger.id(), "keys"), page(id, "notifications/" + notificationId + "/read"), Map.of());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditTrailIsFilteredByActionAndKeyAndPaged() {
        KeyFixture f = KeyFixture.create();
        String[] first = f.key(null);
        String second = f.key(null)[0];
        for (int i = 0; i < 13; i++) {
            as(f.account().ownerToken())
                    .post(f.keys() + "/" + first[0] + "/disable")
                    .then()
                    .statusCode(200);
            as(f.account().ownerToken())
                    .post(f.keys() + "/" + first[0] + "/enable")
                    .then()
                    .statusCode(200);
        }
        String audit = page(f.account().id(), "audit");
        Browser admin = signedIn(Api.member(f.account(), "ADMIN").email());

        String newest = admin.get(audit).asString();
        assertThat(newest)
                .contains("id=\"filter-action\" name=\"action\"", "id=\"filter-key\" name=\"key\"")
                .contains("<option value=\"KEY_DISABLED\">Key disabled</option>")
                .contains("Key enabled", "Key disabled", "Key generated");
        List<String> seen = new ArrayList<>(eventIds(newest));
        assertThat(seen).hasSize(25);
        String next = older(newest);
        while (next != null) {
            String older = admin.get(next).asString();
            seen.addAll(eventIds(older));
            next = older(older);
        }
        Set<String> distinct = new HashSet<>(seen);
        assertThat(distinct).as("no event on two pages").hasSameSizeAs(seen);
        List<?> api = as(f.account().ownerToken())
                .get("/v1/accounts/" + f.account().id() + "/audit-events?limit=200")
                .jsonPath()
                .getList("items");
        assertThat(seen).hasSize(api.size());

        String disabled = admin.get(audit + "?action=KEY_DISABLED&key=").asString();
        assertThat(eventIds(disabled)).hasSize(13);
        assertThat(disabled)
                .contains("<option value=\"KEY_DISABLED\" selected>")
                .doesNotContain("data-action=\"KEY_ENABLED\"", "id=\"older\"");
        String byKey = admin.get(audit + "?action=KEY_GENERATED&key=" + second).asString();
        assertThat(eventIds(byKey)).hasSize(1);
        assertThat(byKey).contains("data-action=\"KEY_GENERATED\"", second).doesNotContain(first[0] + "</code>");
        assertThat(byKey).doesNotContain(first[1]);

        Response badKey = admin.get(audit + "?key=not-a-key");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.asString()).contains("class=\"form-error\"", "A key id looks like");
    }

    @Test
    void aSuperadminInvitesChangesARoleAndRemovesAMember() {
        KeyFixture f = KeyFixture.create();
        String members = page(f.account().id(), "members");
        Browser owner = signedIn(f.account().ownerEmail());

        String list = owner.get(members).asString();
        assertThat(list)
                .contains("id=\"invite-email\" name=\"email\" type=\"email\"", "id=\"invite-role\" name=\"role\"")
                .contains(f.account().ownerEmail(), "(you)");
        Response badEmail = owner.post(
                members + "/invite", Map.of("csrf", csrfOf(owner.get(members)), "email", "nobody", "role", "ADMIN"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.asString()).contains("id=\"invite-error\"", "Give an email address");
        String email = "grace" + Api.next() + "@example.com";
        Response invited = owner.post(
                members + "/invite", Map.of("csrf", csrfOf(owner.get(members)), "email", email, "role", "ADMIN"));
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(invited.header("Cache-Control")).isEqualTo("no-store");
        Matcher link = INVITATION.matcher(invited.asString());
        assertThat(link.find()).as("the invitation link is shown").isTrue();
        assertThat(invited.asString()).contains("class=\"pending-invitation\">" + email + ": Admin");
        assertThat(owner.get(members).asString()).contains(email).doesNotContain(link.group(1));

        String userId = Api.accept(link.group(1), "Grace");
        String row = "data-user-id=\"" + userId + "\"";
        assertThat(owner.get(members).asString()).contains(row, "Grace");
        Response changed = owner.post(
                members + "/" + userId + "/role", Map.of("csrf", csrfOf(owner.get(members)), "role", "MEMBER"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(owner.get(changed.header("Location")).asString()).contains("class=\"flash\"", "The role is changed");
        assertThat(as(f.account().ownerToken())
                        .get("/v1/accounts/" + f.account().id() + "/members")
                        .jsonPath()
                        .getString("members.find { it.userId == '" + userId + "' }.role"))
                .isEqualTo("MEMBER");

        String ownerId = as(f.account().ownerToken()).get("/v1/me").path("id");
        Response lastSuperadmin = owner.post(
                members + "/" + ownerId + "/role", Map.of("csrf", csrfOf(owner.get(members)), "role", "ADMIN"));
        assertThat(lastSuperadmin.statusCode()).isEqualTo(409);
        assertThat(lastSuperadmin.asString())
                .contains("id=\"member-error\"", "An account always keeps at least one superadmin");
        Response removeSelf =
                owner.post(members + "/" + ownerId + "/remove", Map.of("csrf", csrfOf(owner.get(members))));
        assertThat(removeSelf.statusCode()).isEqualTo(409);

        Response removed = owner.post(members + "/" + userId + "/remove", Map.of("csrf", csrfOf(owner.get(members))));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(owner.get(removed.header("Location")).asString())
                .contains("The member is removed")
                .doesNotContain(row);
    }

    @Test
    void formsWithoutTheirTokenAreRefusedAndChangeNothing() {
        String operator = Api.operator();
        String product = Api.product(operator)[0];
        Api.Account account = Api.account(operator, null);
        Api.Person admin = Api.member(account, "ADMIN");
        Browser owner = signedIn(account.ownerEmail());
        owner.get(page(account.id(), "members"));
        String members = page(account.id(), "members");

        for (Map.Entry<String, Map<String, Object>> form : Map.of(
                        page(account.id(), "products/" + product + "/request"),
                        Map.<String, Object>of("intendedStartDate", "2030-01-01", "useCase", "Bookings"),
                        members + "/invite",
                        Map.<String, Object>of("email", "someone@example.com", "role", "ADMIN"),
                        members + "/" + admin.userId() + "/role",
                        Map.<String, Object>of("role", "MEMBER"),
                        members + "/" + admin.userId() + "/remove",
                        Map.<String, Object>of(),
                        page(account.id(), "notifications/00000000-0000-0000-0000-000000000001/read"),
                        Map.<String, Object>of())
                .entrySet()) {
            Response without = owner.post(form.getKey(), form.getValue());
            assertThat(without.statusCode()).as(form.getKey()).isEqualTo(403);
            assertThat(without.asString()).as(form.getKey()).contains("<h1>Not allowed</h1>");
            Map<String, Object> wrong = new java.util.HashMap<>(form.getValue());
            wrong.put("csrf", "not-the-token");
            assertThat(owner.post(form.getKey(), wrong).statusCode())
                    .as(form.getKey())
                    .isEqualTo(403);
        }
        var api = as(account.ownerToken())
                .get("/v1/accounts/" + account.id() + "/members")
                .jsonPath();
        assertThat(api.getString("members.find { it.userId == '" + admin.userId() + "' }.role"))
                .isEqualTo("ADMIN");
        assertThat(api.getList("invitations")).isEmpty();
        assertThat(as(account.ownerToken())
                        .get("/v1/accounts/" + account.id() + "/products")
                        .jsonPath()
                        .getString("find { it.code == '" + product + "' }.access.state"))
                .isEqualTo("NOT_REQUESTED");
    }

    private static List<String> eventIds(String page) {
        return EVENT.matcher(page).results().map(m -> m.group(1)).toList();
    }

    private static String older(String page) {
        Matcher older = OLDER.matcher(page);
        return older.find() ? older.group(1).replace("&amp;", "&") : null;
    }
}
