package dev.keysmith.adapters.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.in.auth.IssueVerifierTokenUseCase.IssueVerifierTokenCommand;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ClientCredentialsFormTest {

    private static final String ID = "vc_abcdefghijklmnop";
    private static final String SECRET = "vcs_Zx9-q_secret";

    @Test
    void credentials_come_from_the_form_fields() {
        IssueVerifierTokenCommand credentials =
                new ClientCredentialsForm("client_credentials", ID, SECRET, null).toCommand("203.0.113.9");

        assertThat(credentials.clientId()).isEqualTo(ID);
        assertThat(credentials.clientSecret()).isEqualTo(SECRET);
        assertThat(credentials.clientIp()).isEqualTo("203.0.113.9");
    }

    @Test
    void http_basic_credentials_are_form_decoded_and_win_over_the_form() {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((ID + ":" + "vcs_a%2Bb%3Ac").getBytes(StandardCharsets.UTF_8));

        IssueVerifierTokenCommand credentials =
                new ClientCredentialsForm("client_credentials", "other", "other", basic).toCommand(null);

        assertThat(credentials.clientId()).isEqualTo(ID);
        assertThat(credentials.clientSecret()).isEqualTo("vcs_a+b:c");
    }

    @Test
    void unreadable_or_missing_credentials_go_on_as_nothing_and_fail_like_wrong_ones() {
        assertThat(new ClientCredentialsForm("client_credentials", null, null, "Basic !!!").toCommand(null))
                .extracting(IssueVerifierTokenCommand::clientId, IssueVerifierTokenCommand::clientSecret)
                .containsOnlyNulls();
        String noColon = "basic " + Base64.getEncoder().encodeToString(ID.getBytes(StandardCharsets.UTF_8));
        assertThat(new ClientCredentialsForm("client_credentials", null, null, noColon)
                        .toCommand(null)
                        .clientId())
                .isNull();
        assertThat(new ClientCredentialsForm("client_credentials", null, null, "Bearer x")
                        .toCommand(null)
                        .clientId())
                .isNull();
    }

    @Test
    void any_grant_but_client_credentials_is_refused() {
        assertThatThrownBy(() -> new ClientCredentialsForm("password", ID, SECRET, null).toCommand(null))
                .isInstanceOfSatisfying(
                        UnsupportedGrantTypeException.class,
                        e -> assertThat(e.code()).isEqualTo("UNSUPPORTED_GRANT_TYPE"));
        assertThatThrownBy(() -> new ClientCredentialsForm(null, ID, SECRET, null).toCommand(null))
                .isInstanceOf(UnsupportedGrantTypeException.class);
    }

    @Test
    void the_secret_never_shows_in_the_string_form() {
        assertThat(new ClientCredentialsForm("client_credentials", ID, SECRET, "Basic abc").toString())
                .doesNotContain(SECRET)
                .doesNotContain("abc");
    }
}
