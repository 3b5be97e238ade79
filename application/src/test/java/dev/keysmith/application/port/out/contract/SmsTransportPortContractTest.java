package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.SmsTransportPort;
import dev.keysmith.application.port.out.SmsTransportPort.SmsMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SmsTransportPort} does, stated once and run against each implementation: a text it accepted has
 * arrived whole when {@code deliver} returns, and one it cannot hand on fails with {@link DeliveryFailedException},
 * which the outbox worker counts and retries.
 */
public abstract class SmsTransportPortContractTest {

    /** A transport whose far end takes texts. */
    protected abstract SmsTransportPort transport();

    /** The texts that reached {@link #transport()}'s far end so far, read back from there, in any order. */
    protected abstract List<SmsMessage> delivered();

    /** A transport whose far end cannot take a text. */
    protected abstract SmsTransportPort unreachable();

    private static final SmsMessage CODE =
            new SmsMessage("+447911123456", "Your Keysmith code: 123456. Never share it.");
    private static final SmsMessage QUOTED = new SmsMessage("+14158586273", "A \"quoted\" text\\ with ümlauts");

    @Test
    void anAcceptedTextHasArrivedWithItsNumberAndText() {
        transport().deliver(CODE);
        transport().deliver(QUOTED);

        assertThat(delivered()).containsExactlyInAnyOrder(CODE, QUOTED);
    }

    @Test
    void aTextThatCannotBeHandedOnFailsTheAttemptAsADeliveryFailure() {
        assertThatThrownBy(() -> unreachable().deliver(CODE)).isInstanceOf(DeliveryFailedException.class);
        assertThat(delivered()).isEmpty();
    }
}
