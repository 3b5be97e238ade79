package dev.keysmith.bootstrap.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.Converter;

/**
 * The one grammar of every duration setting: ISO-8601 ({@code PT15M}, {@code P90D}) or a whole number with a
 * unit, {@code d}, {@code h}, {@code m}, {@code s} or {@code ms} ({@code 90d}, {@code 15m}, {@code 250ms}), in
 * either case. A bare number is refused: {@code 90} could mean seconds or days. A bad value stops the start with
 * the setting's name and the accepted forms.
 */
public final class DurationGrammar implements Converter<Duration> {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})(ms|d|h|m|s)");

    @Override
    public Duration convert(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            // Empty means unset to the configuration: the setting's default applies.
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("p")) {
                return Duration.parse(lower);
            }
            Matcher matcher = SHORT_FORM.matcher(lower);
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    default -> Duration.ofMillis(amount);
                };
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // Falls through to the one message that names the accepted forms.
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a duration like 90d, 24h, 15m, 10s, 250ms or ISO-8601 PT15M");
    }
}
