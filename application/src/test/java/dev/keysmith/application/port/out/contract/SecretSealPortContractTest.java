package dev.keysmith.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.application.port.out.SecretSealPort;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretSealPort} does, stated once and run against each implementation: a sealed key opens to
 * itself, shows nothing of the key, differs each time it is sealed, and opens only with the deployment's own
 * secret.
 */
public abstract class SecretSealPortContractTest {

    private static final String KEY = "pay_live_9fQ2xLr7TbVz4KpW1mNc8YdHs3JgEa6UQ";

    /** The seal of one deployment. */
    protected abstract SecretSealPort seal();

    /** The seal of another deployment (another secret). */
    protected abstract SecretSealPort otherDeploymentsSeal();

    @Test
    void aSealedKeyOpensToItselfAndShowsNothingOfIt() {
        String sealed = seal().seal(KEY);

        assertThat(sealed).doesNotContain(KEY).doesNotContain(KEY.substring(9, 20));
        assertThat(seal().open(sealed)).isEqualTo(KEY);
        assertThat(seal().seal(KEY)).as("sealed again").isNotEqualTo(sealed);
    }

    @Test
    void onlyTheDeploymentsOwnSecretOpensIt() {
        String sealed = seal().seal(KEY);

        assertThatThrownBy(() -> otherDeploymentsSeal().open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal().open("not sealed at all")).isInstanceOf(IllegalStateException.class);
        int middle = sealed.length() / 2;
        String tampered =
                sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A') + sealed.substring(middle + 1);
        assertThatThrownBy(() -> seal().open(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
