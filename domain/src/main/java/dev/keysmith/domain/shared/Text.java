package dev.keysmith.domain.shared;

/** Checks for human-entered text: visible characters only, bounded length. */
public final class Text {

    private Text() {}

    public static String visible(String value, int max, String field) {
        Require.length(value, 1, max, field);
        if (value.isBlank() || hasHiddenCharacters(value)) {
            throw new InvalidValueException(field, field + " must be visible text without control characters");
        }
        return value;
    }

    /**
     * Whether the text holds a character a reader cannot see or that changes how the rest is shown: controls
     * (NUL, ESC...), formats (bidi overrides, zero-width characters, BOM), line and paragraph separators,
     * unpaired surrogates and private-use characters. Such characters spoof names in lists and forge log lines.
     */
    public static boolean hasHiddenCharacters(String value) {
        return value.codePoints().anyMatch(Text::hidden);
    }

    private static boolean hidden(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}
