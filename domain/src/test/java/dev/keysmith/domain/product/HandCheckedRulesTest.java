package dev.keysmith.domain.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The product code and key prefix rules, checked by hand for speed, agree with the expressions they replaced. */
class HandCheckedRulesTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LETTERS = Pattern.compile("[a-z]{2,8}");
    private static final String CHARACTERS = "az09-mq5-_AZ \u00e9.";

    @Test
    void bothAgreeWithTheirExpressionOnEdgesAndOnRandomTexts() {
        String[] edges = {
            "", "a", "-", "a-", "-a", "a--b", "a-b", "ab", "payments", "pay-2", "9", "abcdefgh", "abcdefghi"
        };
        for (String text : edges) {
            assertAgree(text);
        }
        Random random = new Random(17);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(11);
            for (int j = 0; j < length; j++) {
                text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
            }
            assertAgree(text.toString());
        }
    }

    private static void assertAgree(String text) {
        assertThat(ProductCode.isSlug(text))
                .as("slug %s", text)
                .isEqualTo(SLUG.matcher(text).matches());
        assertThat(KeyPrefix.isLetters(text))
                .as("letters %s", text)
                .isEqualTo(LETTERS.matcher(text).matches());
    }
}
