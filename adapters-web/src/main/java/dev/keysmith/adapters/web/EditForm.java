package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.key.ChangeApiKeyUseCase.EditApiKeyCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ApiKeyId;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.Scope;
import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the edit form of a key holds: its name, its scopes and its IP allowlist, one range per line. */
@TemplateData
public record EditForm(String name, List<String> scopes, String ipAllowlist) {

    public EditForm {
        name = name == null ? "" : name;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        ipAllowlist = ipAllowlist == null ? "" : ipAllowlist;
    }

    /** The form filled with the key as it is. */
    static EditForm of(ApiKey key) {
        return new EditForm(
                key.name().value(),
                key.scopes().stream().map(Scope::value).toList(),
                String.join("\n", key.ipAllowlist()));
    }

    /** One range per line; blank lines are ignored. */
    public List<String> ipRanges() {
        return Arrays.stream(ipAllowlist.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Every field as the use case takes it: no scope chosen is refused there, an empty allowlist allows any address. */
    EditApiKeyCommand toCommand(Caller caller, AccountId account, ApiKeyId key) {
        Set<Scope> chosen = new LinkedHashSet<>();
        for (String scope : scopes) {
            chosen.add(new Scope(scope));
        }
        return new EditApiKeyCommand(caller, account, key, new KeyName(name), chosen, ipRanges());
    }
}
