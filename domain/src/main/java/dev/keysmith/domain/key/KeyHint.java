package dev.keysmith.domain.key;

import dev.keysmith.domain.product.KeyPrefix;
import dev.keysmith.domain.shared.Require;
import java.util.regex.Pattern;

/**
 * What lists and details show instead of a key: {@code pay_live_ab12…9xYz}, the head, the first 4 random
 * characters and the last 4 characters of the key. Enough to tell keys apart, far too little to use one.
 */
public record KeyHint(String value) {

    static final int HEAD = 4;
    static final int TAIL = 4;
    static final String ELLIPSIS = "\u2026";

    private static final Pattern SHAPE = Pattern.compile(
            "[a-z]{2,8}_(live|test)_[0-9A-Za-z]{" + HEAD + "}" + ELLIPSIS + "[0-9A-Za-z]{" + TAIL + "}");

    public KeyHint {
        Require.matches(value, SHAPE, "hint", "must look like pay_live_ab12" + ELLIPSIS + "9xYz");
    }

    /** The product prefix the hinted key starts with. */
    public KeyPrefix keyPrefix() {
        return new KeyPrefix(value.substring(0, value.indexOf('_')));
    }

    /** The environment the hinted key was made for. */
    public KeyEnvironment environment() {
        int first = value.indexOf('_');
        return KeyEnvironment.fromText(value.substring(first + 1, value.indexOf('_', first + 1)));
    }

    @Override
    public String toString() {
        return value;
    }
}
