package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.GenerateApiKeyUseCase.GenerateApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.InvalidValueException;
import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the generate form holds, carried from the first step to the confirm step as hidden fields. */
@TemplateData
public record GenerateForm(String product, String name, List<String> scopes, String ipAllowlist, String integrator) {

    public GenerateForm {
        product = product == null ? "" : product.strip();
        integrator = integrator == null ? "" : integrator.strip();
        name = name == null ? "" : name;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        ipAllowlist = ipAllowlist == null ? "" : ipAllowlist;
    }

    /** The form as posted: the first step sends the textarea, the confirm step one hidden field per range. */
    static GenerateForm posted(String product, String name, List<String> scopes, List<String> ipAllowlist) {
        return posted(product, name, scopes, ipAllowlist, null);
    }

    /** With {@code integrator} (an API user's id, or blank for none) the key is sent to that API user. */
    static GenerateForm posted(
            String product, String name, List<String> scopes, List<String> ipAllowlist, String integrator) {
        return new GenerateForm(
                product, name, scopes, ipAllowlist == null ? "" : String.join("\n", ipAllowlist), integrator);
    }

    static GenerateForm empty() {
        return new GenerateForm("", "", List.of(), "", "");
    }

    /** Whether the key is for an API user, who gets it by email link and SMS code. */
    public boolean forApiUser() {
        return !integrator.isEmpty();
    }

    /** One range per line; blank lines are ignored. */
    public List<String> ipRanges() {
        return Arrays.stream(ipAllowlist.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The values as the use case takes them; a value object refuses what it cannot be. */
    GenerateApiKeyCommand toCommand(Caller caller, AccountId account, String pin) {
        if (product.isEmpty()) {
            throw new InvalidValueException("product", "choose a product");
        }
        Set<Scope> chosen = new LinkedHashSet<>();
        for (String scope : scopes) {
            chosen.add(new Scope(scope));
        }
        return new GenerateApiKeyCommand(
                caller,
                account,
                new ProductCode(product),
                new KeyName(name),
                chosen,
                ipRanges(),
                null,
                pin,
                forApiUser() ? IntegratorId.parse(integrator) : null);
    }
}
