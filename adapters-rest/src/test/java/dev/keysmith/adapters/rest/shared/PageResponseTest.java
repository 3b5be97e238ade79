package dev.keysmith.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keysmith.adapters.rest.support.Json;
import dev.keysmith.application.port.in.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageResponseTest {

    @Test
    void a_page_maps_its_items_and_keeps_the_cursor() {
        PageResponse<String> page = PageResponse.from(new Page<>(List.of(1, 2), "c2"), n -> "#" + n);

        assertThat(page.items()).containsExactly("#1", "#2");
        assertThat(Json.write(page)).isEqualTo("{\"items\":[\"#1\",\"#2\"],\"nextCursor\":\"c2\"}");
    }

    @Test
    void the_last_page_has_no_cursor() {
        JsonNode json = Json.tree(PageResponse.from(new Page<>(List.of(), null), n -> n));

        assertThat(json.get("items").isArray()).isTrue();
        assertThat(json.path("nextCursor").isMissingNode()
                        || json.get("nextCursor").isNull())
                .isTrue();
    }
}
