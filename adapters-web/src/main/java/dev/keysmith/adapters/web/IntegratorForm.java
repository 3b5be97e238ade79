package dev.keysmith.adapters.web;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.ChangeIntegratorCommand;
import dev.keysmith.application.port.in.integrator.ManageIntegratorsUseCase.CreateIntegratorCommand;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.user.Email;
import io.quarkus.qute.TemplateData;

/** What the API user forms hold, as typed; the use case and its value objects judge it. */
@TemplateData
public record IntegratorForm(String name, String email, String phone, boolean active) {

    public IntegratorForm {
        name = name == null ? "" : name;
        email = email == null ? "" : email.strip();
        phone = phone == null ? "" : phone.strip();
    }

    static IntegratorForm empty() {
        return new IntegratorForm("", "", "", true);
    }

    static IntegratorForm of(Integrator integrator) {
        return new IntegratorForm(
                integrator.name(),
                integrator.email().value(),
                integrator.phone().value(),
                integrator.active());
    }

    CreateIntegratorCommand toCreate(Caller caller, AccountId account) {
        return new CreateIntegratorCommand(caller, account, name, new Email(email), phone);
    }

    /** Every value as the form holds it: an unticked box switches the API user off. */
    ChangeIntegratorCommand toChange(Caller caller, AccountId account, IntegratorId integrator) {
        return new ChangeIntegratorCommand(caller, account, integrator, name, new Email(email), phone, active);
    }
}
