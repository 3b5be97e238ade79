package dev.keysmith.application.port.out;

import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.Invitation;
import java.util.List;
import java.util.Optional;

/** Stores invitations by the digest of their token; the token itself is never stored. */
public interface InvitationPort {

    void insertInvitation(Invitation invitation);

    /** Locks the invitation row so it can be accepted only once. */
    Optional<Invitation> lockInvitationByDigest(String tokenDigest);

    void updateInvitation(Invitation invitation);

    List<Invitation> loadInvitations(AccountId account);
}
