package dev.keysmith.bootstrap.support;

import static dev.keysmith.bootstrap.support.Api.as;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An approved account with an enabled product, ready for keys. */
public record KeyFixture(String operator, String product, String prefix, Api.Account account) {

    public static KeyFixture create() {
        String operator = Api.operator();
        String[] product = Api.product(operator);
        Api.Account account = Api.account(operator, null);
        Api.enable(operator, account.id(), product[0]);
        return new KeyFixture(operator, product[0], product[1], account);
    }

    public String keys() {
        return "/v1/accounts/" + account.id() + "/keys";
    }

    public Response generate(String token, Map<String, Object> extra) {
        Map<String, Object> body =
                new HashMap<>(Map.of("product", product, "name", "Marketing Automation", "pin", Api.PIN));
        body.putAll(extra);
        return as(token).body(body).post(keys());
    }

    /** Generates a key as the owner and returns {@code [id, secret]}. */
    public String[] key(List<String> ipAllowlist) {
        Response created =
                generate(account.ownerToken(), ipAllowlist == null ? Map.of() : Map.of("ipAllowlist", ipAllowlist));
        created.then().statusCode(201);
        return new String[] {created.path("id"), created.path("secret")};
    }
}
