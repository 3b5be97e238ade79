package dev.keysmith.application.verify;

import dev.keysmith.application.port.in.Caller;
import dev.keysmith.application.port.in.verify.VerifierNotForProductException;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.Verification;
import dev.keysmith.application.port.in.verify.VerifyApiKeyUseCase.VerifyCommand;
import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.KeySnapshotPort;
import dev.keysmith.application.port.out.KeySnapshotPort.AccountStanding;
import dev.keysmith.application.port.out.KeySnapshotPort.KeySnapshot;
import dev.keysmith.application.port.out.NotInMemoryException;
import dev.keysmith.application.port.out.UsageRecorderPort;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.key.ApiKey;
import dev.keysmith.domain.key.ImportedKey;
import dev.keysmith.domain.key.InactivityPolicy;
import dev.keysmith.domain.key.KeyEnvironment;
import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.key.ParsedKey;
import dev.keysmith.domain.key.verification.KeyVerification;
import dev.keysmith.domain.key.verification.VerificationCode;
import dev.keysmith.domain.key.verification.VerificationFacts;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.Scope;
import dev.keysmith.domain.shared.UnauthenticatedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Verifies keys: checksum first (no lookup for a mistyped key), then the cached snapshot by peppered hash,
 * then the fixed order of checks of {@link KeyVerification}. A use near the inactivity deadline is written
 * through so no sweeper on any instance can expire a key that was just used.
 */
public final class VerificationService implements VerifyApiKeyUseCase {

    /** Uses closer than this to the inactivity deadline are written at once instead of coalesced. */
    static final Duration WRITE_THROUGH_MARGIN = Duration.ofDays(1);

    private static final AccountStanding FULL_STANDING = new AccountStanding(true, true);

    private final KeyHasherPort hasher;
    private final KeySnapshotPort snapshots;
    private final KeySnapshotPort memory;
    private final IpRangePort ipRanges;
    private final UsageRecorderPort usage;
    private final InactivityPolicy inactivity;
    private final KeyEnvironment environment;
    private final Clock clock;

    public VerificationService(
            KeyHasherPort hasher,
            KeySnapshotPort snapshots,
            IpRangePort ipRanges,
            UsageRecorderPort usage,
            InactivityPolicy inactivity,
            KeyEnvironment environment,
            Clock clock) {
        this.hasher = hasher;
        this.snapshots = snapshots;
        this.memory = snapshots.inMemoryOnly();
        this.ipRanges = ipRanges;
        this.usage = usage;
        this.inactivity = inactivity;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Verification verify(VerifyCommand command) {
        return verify(command, snapshots);
    }

    @Override
    public Optional<Verification> verifyFromMemory(VerifyCommand command) {
        try {
            return Optional.of(verify(command, memory));
        } catch (NotInMemoryException needsTheDatabase) {
            return Optional.empty();
        }
    }

    /** With {@code snapshots} the memory-only view, every step that would wait for the database throws instead. */
    private Verification verify(VerifyCommand command, KeySnapshotPort snapshots) {
        ProductCode product = new ProductCode(command.product());
        List<Scope> scopes = command.scopes() == null
                ? List.of()
                : command.scopes().stream().map(Scope::new).toList();
        AccountId requestedAccount = command.accountId() == null ? null : AccountId.parse(command.accountId());
        requireCovers(snapshots, command.caller(), product);
        Optional<ParsedKey> parsed = ParsedKey.parse(command.key(), environment);
        // An imported legacy key has no prefix or checksum and is found by its digest alone; anything shaped like
        // a Keysmith key that fails its checks stays MALFORMED without a lookup.
        boolean legacy = parsed.isEmpty() && ImportedKey.mayBeLegacy(command.key());
        if (parsed.isEmpty() && !legacy) {
            return Verification.refused(VerificationCode.MALFORMED);
        }
        String digest = hasher.hash(legacy ? ImportedKey.digestOfCandidate(command.key()) : command.key());
        // On behalf of an account, the snapshot may read that account's facts with the key, in one statement.
        Optional<KeySnapshot> found = requestedAccount == null
                ? snapshots.findKey(digest)
                : snapshots.findKey(digest, requestedAccount, product);
        if (found.isEmpty()) {
            return Verification.refused(KeyVerification.decide(VerificationFacts.notFound(product)));
        }
        KeySnapshot snapshot = found.get();
        ApiKey key = snapshot.key();
        Instant now = clock.instant();
        // A scope the catalogue no longer offers is no longer granted, whatever the key was given.
        SortedSet<Scope> granted = grantedScopes(key, snapshot);
        boolean forSubAccount = requestedAccount != null && !requestedAccount.equals(key.accountId());
        boolean accountMatches = !forSubAccount || isAgencyKeyFor(snapshots, key, requestedAccount);
        // An agency key acts for the sub-account, which must itself be approved and have the product enabled.
        AccountStanding subAccount =
                forSubAccount && accountMatches ? snapshots.standing(requestedAccount, product) : FULL_STANDING;
        VerificationCode code = KeyVerification.decide(VerificationFacts.found()
                .keyProduct(key.product())
                .requestedProduct(product)
                // The snapshot knows the prefix of the key's product, which is the requested one only if they match.
                .prefixMatchesProduct(key.product().equals(product)
                        && (legacy || parsed.get().keyPrefix().equals(snapshot.productPrefix())))
                .effectiveStatus(statusFor(snapshot, now))
                .accountActive(snapshot.accountActive() && subAccount.active())
                .masterActive(snapshot.masterActive())
                .productEnabled(snapshot.productEnabled() && subAccount.productEnabled())
                .accountMatches(accountMatches)
                .ipAllowed(ipAllowed(key, command.clientIp()))
                .scopesGranted(granted.containsAll(scopes))
                .build());
        if (code == VerificationCode.REVOKED || code == VerificationCode.EXPIRED) {
            return Verification.dead(code, key.id());
        }
        if (code != VerificationCode.VALID) {
            return Verification.refused(code);
        }
        boolean nearDeadline = !now.isBefore(inactivity.deadline(key).minus(WRITE_THROUGH_MARGIN));
        if (nearDeadline && snapshots == memory) {
            throw new NotInMemoryException(); // the use is written through, which waits for the database
        }
        usage.recordUse(key, now, nearDeadline);
        return Verification.valid(key, granted);
    }

    /** A live key of an integrator who is switched off answers as if it were disabled. */
    private static KeyStatus statusFor(KeySnapshot snapshot, Instant now) {
        KeyStatus status = snapshot.key().effectiveStatus(now);
        return status == KeyStatus.ACTIVE && !snapshot.integratorActive() ? KeyStatus.DISABLED : status;
    }

    private static SortedSet<Scope> grantedScopes(ApiKey key, KeySnapshot snapshot) {
        if (snapshot.productScopes().containsAll(key.scopes())) {
            return key.scopes();
        }
        SortedSet<Scope> granted = new TreeSet<>(key.scopes());
        granted.retainAll(snapshot.productScopes());
        return Collections.unmodifiableSortedSet(granted);
    }

    private static boolean isAgencyKeyFor(KeySnapshotPort snapshots, ApiKey key, AccountId requested) {
        // An agency key (the master's) may act for the master's sub-accounts, never the other way round.
        return snapshots.masterOf(requested).map(key.accountId()::equals).orElse(false);
    }

    private boolean ipAllowed(ApiKey key, String clientIp) {
        if (key.ipAllowlist().isEmpty()) {
            return true;
        }
        // A restricted key fails closed when the backend does not say where the call came from.
        return clientIp != null && ipRanges.allows(key.ipAllowlist(), clientIp);
    }

    private static void requireCovers(KeySnapshotPort snapshots, Caller caller, ProductCode product) {
        if (!snapshots
                .verifierClient(caller.id())
                .map(state -> state.accepts(caller.tokenGeneration()))
                .orElse(false)) {
            throw new UnauthenticatedException("INVALID_CLIENT", "this verifier client is disabled or its token ended");
        }
        if (!caller.verifierProducts().contains(product)) {
            throw new VerifierNotForProductException(product);
        }
    }
}
