package dev.keysmith.domain.key.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.key.KeyStatus;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyVerificationTest {

    private static final ProductCode PAYMENTS = new ProductCode("payments");
    private static final ProductCode SMS = new ProductCode("sms");

    /** Facts where everything passes; tests spoil one or more of them. */
    private static final class Facts {
        boolean keyFound = true;
        ProductCode keyProduct = PAYMENTS;
        boolean prefixMatches = true;
        KeyStatus status = KeyStatus.ACTIVE;
        boolean accountActive = true;
        boolean masterActive = true;
        boolean productEnabled = true;
        boolean accountMatches = true;
        boolean ipAllowed = true;
        boolean scopesGranted = true;

        VerificationFacts build() {
            if (!keyFound) {
                return VerificationFacts.notFound(PAYMENTS);
            }
            return VerificationFacts.found()
                    .keyProduct(keyProduct)
                    .requestedProduct(PAYMENTS)
                    .prefixMatchesProduct(prefixMatches)
                    .effectiveStatus(status)
                    .accountActive(accountActive)
                    .masterActive(masterActive)
                    .productEnabled(productEnabled)
                    .accountMatches(accountMatches)
                    .ipAllowed(ipAllowed)
                    .scopesGranted(scopesGranted)
                    .build();
        }

        VerificationCode decide() {
            return KeyVerification.decide(build());
        }
    }

    @Test
    void aKeyThatPassesEveryCheckIsValid() {
        VerificationCode code = new Facts().decide();

        assertThat(code).isEqualTo(VerificationCode.VALID);
        assertThat(code.isValid()).isTrue();
    }

    @Test
    void eachFailedCheckHasItsCode() {
        Facts notFound = new Facts();
        notFound.keyFound = false;
        Facts otherProduct = new Facts();
        otherProduct.keyProduct = SMS;
        Facts otherPrefix = new Facts();
        otherPrefix.prefixMatches = false;
        Facts accountSuspended = new Facts();
        accountSuspended.accountActive = false;
        Facts masterSuspended = new Facts();
        masterSuspended.masterActive = false;
        Facts productOff = new Facts();
        productOff.productEnabled = false;
        Facts otherAccount = new Facts();
        otherAccount.accountMatches = false;
        Facts badIp = new Facts();
        badIp.ipAllowed = false;
        Facts missingScope = new Facts();
        missingScope.scopesGranted = false;

        assertThat(notFound.decide()).isEqualTo(VerificationCode.NOT_FOUND);
        assertThat(otherProduct.decide()).isEqualTo(VerificationCode.WRONG_PRODUCT);
        assertThat(otherPrefix.decide()).isEqualTo(VerificationCode.WRONG_PRODUCT);
        assertThat(accountSuspended.decide()).isEqualTo(VerificationCode.ACCOUNT_SUSPENDED);
        assertThat(masterSuspended.decide()).isEqualTo(VerificationCode.ACCOUNT_SUSPENDED);
        assertThat(productOff.decide()).isEqualTo(VerificationCode.PRODUCT_NOT_ENABLED);
        assertThat(otherAccount.decide()).isEqualTo(VerificationCode.WRONG_ACCOUNT);
        assertThat(badIp.decide()).isEqualTo(VerificationCode.IP_NOT_ALLOWED);
        assertThat(missingScope.decide()).isEqualTo(VerificationCode.INSUFFICIENT_SCOPE);
    }

    @ParameterizedTest
    @EnumSource(KeyStatus.class)
    void theEffectiveStatusDecidesForADeadOrDisabledKey(KeyStatus status) {
        Facts facts = new Facts();
        facts.status = status;

        VerificationCode expected = switch (status) {
            case ACTIVE -> VerificationCode.VALID;
            case DISABLED -> VerificationCode.DISABLED;
            case REVOKED -> VerificationCode.REVOKED;
            case EXPIRED -> VerificationCode.EXPIRED;
        };
        assertThat(facts.decide()).isEqualTo(expected);
    }

    @Test
    void anUnknownKeyRevealsNothingElse() {
        assertThat(KeyVerification.decide(VerificationFacts.notFound(PAYMENTS))).isEqualTo(VerificationCode.NOT_FOUND);
    }

    @Test
    void aKeyOfAnotherProductSaysNothingAboutItsOwner() {
        Facts facts = new Facts();
        facts.keyProduct = SMS;
        facts.status = KeyStatus.REVOKED;
        facts.accountActive = false;
        facts.productEnabled = false;

        assertThat(facts.decide()).isEqualTo(VerificationCode.WRONG_PRODUCT);
    }

    /**
     * Every combination of failures: the answer is always the first failure in the documented order.
     * The expectation is written as a list of (failed?, code) pairs, independent of the implementation.
     */
    @Test
    void theFirstFailureInTheFixedOrderWinsForEveryCombination() {
        int combinations = 0;
        for (int mask = 0; mask < 1 << 9; mask++) {
            for (KeyStatus status : KeyStatus.values()) {
                Facts facts = new Facts();
                facts.keyFound = (mask & 1) == 0;
                facts.keyProduct = (mask & 2) == 0 ? PAYMENTS : SMS;
                facts.prefixMatches = (mask & 4) == 0;
                facts.accountActive = (mask & 8) == 0;
                facts.masterActive = (mask & 16) == 0;
                facts.productEnabled = (mask & 32) == 0;
                facts.accountMatches = (mask & 64) == 0;
                facts.ipAllowed = (mask & 128) == 0;
                facts.scopesGranted = (mask & 256) == 0;
                facts.status = status;

                assertThat(facts.decide())
                        .as("mask %s, %s", Integer.toBinaryString(mask), status)
                        .isEqualTo(firstFailure(facts));
                combinations++;
            }
        }
        assertThat(combinations).isEqualTo(2048);
    }

    private static VerificationCode firstFailure(Facts facts) {
        record Check(boolean failed, VerificationCode code) {}
        List<Check> order = new ArrayList<>();
        order.add(new Check(!facts.keyFound, VerificationCode.NOT_FOUND));
        order.add(
                new Check(!PAYMENTS.equals(facts.keyProduct) || !facts.prefixMatches, VerificationCode.WRONG_PRODUCT));
        order.add(new Check(facts.status == KeyStatus.REVOKED, VerificationCode.REVOKED));
        order.add(new Check(facts.status == KeyStatus.EXPIRED, VerificationCode.EXPIRED));
        order.add(new Check(facts.status == KeyStatus.DISABLED, VerificationCode.DISABLED));
        order.add(new Check(!facts.accountActive || !facts.masterActive, VerificationCode.ACCOUNT_SUSPENDED));
        order.add(new Check(!facts.productEnabled, VerificationCode.PRODUCT_NOT_ENABLED));
        order.add(new Check(!facts.accountMatches, VerificationCode.WRONG_ACCOUNT));
        order.add(new Check(!facts.ipAllowed, VerificationCode.IP_NOT_ALLOWED));
        order.add(new Check(!facts.scopesGranted, VerificationCode.INSUFFICIENT_SCOPE));
        return order.stream().filter(Check::failed).map(Check::code).findFirst().orElse(VerificationCode.VALID);
    }

    @Test
    void onlyValidIsValid() {
        for (VerificationCode code : VerificationCode.values()) {
            assertThat(code.isValid()).as(code.name()).isEqualTo(code == VerificationCode.VALID);
        }
    }

    @Test
    void aFoundKeyNeedsItsProductAndStatus() {
        Facts noProduct = new Facts();
        noProduct.keyProduct = null;
        Facts noStatus = new Facts();
        noStatus.status = null;

        assertThatThrownBy(noProduct::build).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(noStatus::build).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VerificationFacts.notFound(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFactLeftUnsetIsAMistakeNotAPass() {
        VerificationFacts.Builder withoutPrefixAndScopes = VerificationFacts.found()
                .keyProduct(PAYMENTS)
                .requestedProduct(PAYMENTS)
                .effectiveStatus(KeyStatus.ACTIVE)
                .accountActive(true)
                .masterActive(true)
                .productEnabled(true)
                .accountMatches(true)
                .ipAllowed(true);

        assertThatThrownBy(withoutPrefixAndScopes::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("missing: prefixMatchesProduct, scopesGranted");
    }
}
