package dev.keysmith.adapters.persistence.shared;

import dev.keysmith.application.port.out.TransactionPort;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Runs use-case work in a JTA transaction, joining one that is already open. */
@ApplicationScoped
public class JtaTransactionAdapter implements TransactionPort {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
