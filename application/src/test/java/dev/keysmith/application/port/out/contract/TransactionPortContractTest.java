package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionPort} does with the work it is given, stated once and run against each
 * implementation. That a failed unit leaves no write behind is the PostgreSQL adapter's own test: the simplest fake
 * runs the work directly and leaves rolling back to the caller's failure.
 */
public abstract class TransactionPortContractTest {

    protected abstract TransactionPort transactions();

    /** A failure of the work's own, to tell it apart from anything an implementation might throw. */
    static final class WorkFailed extends RuntimeException {
        WorkFailed() {
            super("the work failed");
        }
    }

    @Test
    void theWorkRunsOnceAndItsResultComesBack() {
        List<String> ran = new ArrayList<>();

        String result = transactions().inTransaction(() -> {
            ran.add("supplier");
            return "done";
        });
        transactions().inTransaction(() -> {
            ran.add("runnable");
        });

        assertThat(result).isEqualTo("done");
        assertThat(ran).containsExactly("supplier", "runnable");
    }

    @Test
    void anExceptionThrownByTheWorkComesOutUnchanged() {
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    throw failure;
                }))
                .isSameAs(failure);
        assertThatThrownBy(() -> transactions().inTransaction((Runnable) () -> {
                    throw failure;
                }))
                .isSameAs(failure);
    }

    @Test
    void aNestedUnitRunsInsideTheOuterOneAndBothResultsComeBack() {
        List<String> ran = new ArrayList<>();

        String result = transactions().inTransaction(() -> {
            ran.add("outer");
            String inner = transactions().inTransaction(() -> {
                ran.add("inner");
                return "inner";
            });
            ran.add("outer again");
            return inner + " in outer";
        });

        assertThat(result).isEqualTo("inner in outer");
        assertThat(ran).containsExactly("outer", "inner", "outer again");
    }

    @Test
    void aFailureInANestedUnitComesOutOfTheOuterOneUnchanged() {
        WorkFailed failure = new WorkFailed();

        assertThatThrownBy(() -> transactions()
                        .inTransaction(() -> transactions().inTransaction(() -> {
                            throw failure;
                        })))
                .isSameAs(failure);
    }
}
