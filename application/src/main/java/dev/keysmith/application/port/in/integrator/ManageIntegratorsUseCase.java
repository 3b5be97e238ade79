package dev.keysmith.application.port.in.integrator;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.integrator.Integrator;
import dev.keysmith.domain.integrator.IntegratorId;
import dev.keysmith.domain.shared.Require;
import dev.keysmith.domain.user.Email;
import java.util.List;

/**
 * ADMINs keep their account's integrators. The phone number arrives as typed and is judged by the phone number
 * port. Switching an integrator off makes every key made for them answer DISABLED, at once.
 */
public interface ManageIntegratorsUseCase {

    Integrator createIntegrator(CreateIntegratorCommand command);

    List<Integrator> listIntegrators(ListIntegratorsQuery query);

    Integrator getIntegrator(GetIntegratorQuery query);

    Integrator changeIntegrator(ChangeIntegratorCommand command);

    record CreateIntegratorCommand(Caller caller, AccountId account, String name, Email email, String phone) {

        public CreateIntegratorCommand {
            Require.present(caller, "caller");
            Require.present(account, "accountId");
            Require.present(name, "name");
            Require.present(email, "email");
            Require.present(phone, "phone");
        }
    }

    record ListIntegratorsQuery(Caller caller, AccountId account) {}

    record GetIntegratorQuery(Caller caller, AccountId account, IntegratorId integrator) {}

    /** Null keeps a value. */
    record ChangeIntegratorCommand(
            Caller caller,
            AccountId account,
            IntegratorId integrator,
            String name,
            Email email,
            String phone,
            Boolean active) {}
}
