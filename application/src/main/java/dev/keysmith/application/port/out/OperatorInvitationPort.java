package dev.keysmith.application.port.out;

import dev.keysmith.domain.user.OperatorInvitation;
import java.util.Optional;

/** Stores operator invitations by the digest of their token; the token itself is never stored. */
public interface OperatorInvitationPort {

    void insertOperatorInvitation(OperatorInvitation invitation);

    /** Locks the invitation row so it can be accepted only once. */
    Optional<OperatorInvitation> lockOperatorInvitationByDigest(String tokenDigest);

    void updateOperatorInvitation(OperatorInvitation invitation);
}
