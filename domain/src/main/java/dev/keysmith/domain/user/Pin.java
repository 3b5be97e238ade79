package dev.keysmith.domain.user;

import dev.keysmith.domain.shared.InvalidValueException;
import dev.keysmith.domain.shared.Require;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 6-digit PIN as typed. Common PINs are refused when one is chosen ({@link #choose}); a PIN typed to
 * confirm an action is only checked for shape, so that a refused choice never reveals the stored one.
 */
public record Pin(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Set<String> COMMON = Set.of(
            "123456", "654321", "123123", "121212", "112233", "123321", "696969", "159753", "147258", "258369",
            "101010", "202020", "131313", "111222", "000111", "520520", "789456", "456789", "987654", "012345",
            "147852", "963852", "100200", "110110", "007007");

    public Pin {
        Require.present(value, "pin");
        if (!SIX_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("pin", "pin must be exactly 6 digits");
        }
    }

    /** A PIN someone wants to set: refused if it is one of the PINs people guess first. */
    public static Pin choose(String value) {
        Pin pin = new Pin(value);
        if (pin.isCommon()) {
            throw new InvalidValueException(
                    "newPin", "this PIN is too easy to guess: avoid repeats, sequences and dates");
        }
        return pin;
    }

    boolean isCommon() {
        return COMMON.contains(value) || allSameDigit() || isSequence() || repeatsAPattern() || looksLikeAYear();
    }

    private boolean allSameDigit() {
        return value.chars().distinct().count() == 1;
    }

    private boolean isSequence() {
        int up = 0;
        int down = 0;
        for (int i = 1; i < value.length(); i++) {
            int step = value.charAt(i) - value.charAt(i - 1);
            up += (step == 1 || step == -9) ? 1 : 0;
            down += (step == -1 || step == 9) ? 1 : 0;
        }
        return up == 5 || down == 5;
    }

    private boolean repeatsAPattern() {
        return value.substring(0, 2).repeat(3).equals(value)
                || value.substring(0, 3).repeat(2).equals(value);
    }

    /** Years and year-months (199x…, 1940–2029 followed by a month): birthdays and anniversaries. */
    private boolean looksLikeAYear() {
        int year = Integer.parseInt(value.substring(0, 4));
        int month = Integer.parseInt(value.substring(4));
        return value.startsWith("199") || (year >= 1940 && year <= 2029 && month >= 1 && month <= 12);
    }

    @Override
    public String toString() {
        return "Pin[redacted]";
    }
}
