package dev.keysmith.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keysmith.domain.access.ProductAccess;
import dev.keysmith.domain.account.AccountId;
import dev.keysmith.domain.account.AccountName;
import dev.keysmith.domain.key.KeyName;
import dev.keysmith.domain.product.ProductCode;
import dev.keysmith.domain.product.ProductName;
import dev.keysmith.domain.user.DisplayName;
import dev.keysmith.domain.user.Email;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names and emails refuse characters a reader cannot see: they spoof names in lists and forge log lines. */
class HiddenCharactersTest {

    /** NUL, ESC, DEL, a C1 control, the bidi controls, zero-width characters, BOM, separators, private use. */
    private static final List<String> HIDDEN = List.of(
            "\u0000", "\u001B", "\u007F", "\u009B", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
            "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
            "\u2028", "\u2029", "\u00AD", "\uE000", "\uD800");

    private static final List<Function<String, Object>> NAMES = List.of(
            KeyName::new,
            AccountName::new,
            DisplayName::new,
            ProductName::new,
            text -> Text.visible(text, 100, "name"));

    static Stream<Arguments> hiddenInEveryName() {
        return HIDDEN.stream().flatMap(hidden -> NAMES.stream().map(name -> Arguments.of(hidden, name)));
    }

    @ParameterizedTest
    @MethodSource("hiddenInEveryName")
    void namesRefuseHiddenCharacters(String hidden, Function<String, Object> name) {
        assertThatThrownBy(() -> name.apply("Mar" + hidden + "keting")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @MethodSource("hiddenCharacters")
    void emailsRefuseHiddenCharacters(String hidden) {
        assertThatThrownBy(() -> new Email("ada" + hidden + "@example.com"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("INVALID_EMAIL");
        assertThatThrownBy(() -> new Email("ada@exam" + hidden + "ple.com")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @MethodSource("hiddenCharacters")
    void aUseCaseRefusesHiddenCharacters(String hidden) {
        ProductAccess none =
                ProductAccess.none(new AccountId(java.util.UUID.randomUUID()), new ProductCode("payments"));

        assertThatThrownBy(
                        () -> none.request(LocalDate.of(2030, 1, 1), "for our " + hidden + "shop", null, Instant.EPOCH))
                .isInstanceOf(InvalidValueException.class);
    }

    static Stream<String> hiddenCharacters() {
        return HIDDEN.stream();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zahlungs-Schlüssel ✓", "日本語のキー", "Ünïcödé 🙂", "O'Brien & Sons", "עברית"})
    void visibleTextOfAnyScriptStaysAllowed(String text) {
        assertThat(new KeyName(text).value()).isEqualTo(text);
        assertThat(new AccountName(text).value()).isEqualTo(text);
        assertThat(Text.hasHiddenCharacters(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-10000-01-01", "+10000-01-01", "0000-12-31", "+294277-01-01"})
    void datesTheDatabaseCannotHoldAreRefused(String date) {
        assertThatThrownBy(() -> Require.storable(LocalDate.parse(date), "intendedStartDate"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("INVALID_INTENDED_START_DATE");
        assertThatThrownBy(() -> Require.storable(
                        LocalDate.parse(date).atStartOfDay().toInstant(java.time.ZoneOffset.UTC), "after"))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "2030-06-15", "9999-12-31"})
    void datesWithinTheYears1To9999AreKept(String date) {
        assertThat(Require.storable(LocalDate.parse(date), "intendedStartDate")).isEqualTo(LocalDate.parse(date));
        assertThat(Require.storable(Instant.parse(date + "T23:59:59Z"), "after"))
                .isEqualTo(Instant.parse(date + "T23:59:59Z"));
    }
}
