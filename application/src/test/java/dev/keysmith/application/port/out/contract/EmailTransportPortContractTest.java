package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.DeliveryFailedException;
import dev.keysmith.application.port.out.EmailTransportPort;
import dev.keysmith.application.port.out.OutboxPort.MessageKind;
import dev.keysmith.application.port.out.SendEmailPort.EmailMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailTransportPort} does, stated once and run against each implementation: a message it
 * accepted has arrived whole when {@code deliver} returns, and one it cannot hand on fails with
 * {@link DeliveryFailedException}, which the outbox worker counts and retries.
 */
public abstract class EmailTransportPortContractTest {

    /** A transport whose far end takes messages. */
    protected abstract EmailTransportPort transport();

    /** The messages that reached {@link #transport()}'s far end so far, read back from there, in any order. */
    protected abstract List<EmailMessage> delivered();

    /** A transport whose far end cannot take a message. */
    protected abstract EmailTransportPort unreachable();

    private static final EmailMessage INVITATION = new EmailMessage(
            MessageKind.INVITATION,
            List.of("ada@example.org", "grace@example.org"),
            "You are invited to Acme",
            "Accept:\n  POST /v1/invitations/tok3n/accept\n");
    private static final EmailMessage WARNING = new EmailMessage(
            MessageKind.EXPIRY_WARNING, List.of("hedy@example.org"), "Keys expire soon", "Zapier expires soon.\n");

    @Test
    void anAcceptedMessageHasArrivedWithItsKindRecipientsSubjectAndBody() {
        transport().deliver(INVITATION);
        transport().deliver(WARNING);

        assertThat(delivered()).containsExactlyInAnyOrder(INVITATION, WARNING);
    }

    @Test
    void aMessageThatCannotBeHandedOnFailsTheAttemptAsADeliveryFailure() {
        assertThatThrownBy(() -> unreachable().deliver(INVITATION)).isInstanceOf(DeliveryFailedException.class);
        assertThat(delivered()).isEmpty();
    }
}
