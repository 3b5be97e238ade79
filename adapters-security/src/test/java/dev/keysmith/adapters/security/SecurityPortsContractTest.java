package dev.keysmith.adapters.security;

import dev.keysmith.application.port.out.IpRangePort;
import dev.keysmith.application.port.out.KeyHasherPort;
import dev.keysmith.application.port.out.PhoneNumberPort;
import dev.keysmith.application.port.out.RandomTokenPort;
import dev.keysmith.application.port.out.SecretHasherPort;
import dev.keysmith.application.port.out.SecretSealPort;
import dev.keysmith.application.port.out.contract.IpRangePortContractTest;
import dev.keysmith.application.port.out.contract.KeyHasherPortContractTest;
import dev.keysmith.application.port.out.contract.PhoneNumberPortContractTest;
import dev.keysmith.application.port.out.contract.RandomTokenPortContractTest;
import dev.keysmith.application.port.out.contract.SecretHasherPortContractTest;
import dev.keysmith.application.port.out.contract.SecretSealPortContractTest;
import org.junit.jupiter.api.Nested;

/** The contracts of the hashing, token, IP range, phone number and seal ports against the adapters here, built directly with their real settings. */
class SecurityPortsContractTest {

    @Nested
    class SecretHasher extends SecretHasherPortContractTest {
        private final Argon2idSecretHasher hasher = new Argon2idSecretHasher();

        @Override
        protected SecretHasherPort hasher() {
            return hasher;
        }
    }

    @Nested
    class RandomTokens extends RandomTokenPortContractTest {
        @Override
        protected RandomTokenPort tokens() {
            return new SecureRandomTokens();
        }
    }

    @Nested
    class KeyHasher extends KeyHasherPortContractTest {
        @Override
        protected KeyHasherPort hasher() {
            return new PepperedKeyHasher("a-test-pepper-of-enough-bytes");
        }
    }

    @Nested
    class IpRanges extends IpRangePortContractTest {
        @Override
        protected IpRangePort ranges() {
            return new IpRangeAdapter();
        }
    }

    @Nested
    class PhoneNumbers extends PhoneNumberPortContractTest {
        @Override
        protected PhoneNumberPort phones() {
            return new LibPhoneNumberAdapter();
        }
    }

    @Nested
    class SecretSeal extends SecretSealPortContractTest {
        private final PepperedSecretSeal seal = new PepperedSecretSeal("a-test-pepper-of-enough-bytes");

        @Override
        protected SecretSealPort seal() {
            return seal;
        }

        @Override
        protected SecretSealPort otherDeploymentsSeal() {
            return new PepperedSecretSeal("another-pepper-of-enough-bytes");
        }
    }
}
