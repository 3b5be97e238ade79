package dev.keysmith.bootstrap.support.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request.Method;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served document as the validator reads it: 3.1 schemas in their 3.0 form, and the strict marker. */
class ServedDocumentTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "info": {"title": "t", "version": "1", "summary": "s", "x-keysmith-contract": "strict"},
             "paths": {"/v1/things/{id}": {"get": {
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
               "responses": {
                 "200": {"description": "d", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "404": {"description": "d", "content": {"application/problem+json": {"schema": {"type": "object",
                   "required": ["code"], "properties": {"code": {"const": "NOT_FOUND"}}}}}}}}}},
             "components": {"schemas": {
               "Thing": {"allOf": [{"$ref": "#/components/schemas/Fields"},
                                   {"type": "object", "required": ["secret"], "properties": {"secret": {"type": "string"}}}],
                         "unevaluatedProperties": false},
               "Fields": {"type": "object", "required": ["id"], "properties": {
                 "id": {"type": "string", "format": "uuid"},
                 "note": {"type": ["string", "null"], "examples": ["a note"]},
                 "count": {"type": "integer", "exclusiveMinimum": 0}}}}}}
            """;

    private static final String ID = "\"id\":\"5b3a0a38-8c2e-4f0e-9a5e-0c9b1d2e3f40\"";

    @Test
    void aDocumentIsCheckedOnlyWhenItSaysItIsPrecise() throws Exception {
        assertThat(ServedDocument.parse(DOCUMENT).declaresItselfPrecise()).isTrue();
        assertThat(ServedDocument.parse(DOCUMENT.replace("\"strict\"", "\"generated\""))
                        .declaresItselfPrecise())
                .isFalse();
    }

    @Test
    void membersOfEveryPartAndNoOthersPass() throws Exception {
        assertThat(errors(200, "{" + ID + ",\"secret\":\"s\",\"note\":null,\"count\":1}"))
                .isEmpty();
        assertThat(errors(200, "{" + ID + ",\"secret\":\"s\",\"extra\":true}"))
                .as("unevaluatedProperties: false")
                .isNotEmpty();
        assertThat(errors(200, "{" + ID + "}"))
                .as("a required member of the second part")
                .isNotEmpty();
        assertThat(errors(200, "{\"id\":\"not-a-uuid\",\"secret\":\"s\"}")).isNotEmpty();
        assertThat(errors(200, "{" + ID + ",\"secret\":\"s\",\"count\":0}"))
                .as("a numeric exclusiveMinimum")
                .isNotEmpty();
        assertThat(errors(200, "{" + ID + ",\"secret\":\"s\",\"note\":3}")).isNotEmpty();
    }

    @Test
    void constantsAndStatusesAreHeldToo() throws Exception {
        assertThat(errors(404, "{\"code\":\"NOT_FOUND\"}")).isEmpty();
        assertThat(errors(404, "{\"code\":\"GONE\"}")).isNotEmpty();
        assertThat(errors(500, "{\"code\":\"NOT_FOUND\"}"))
                .extracting(Message::getKey)
                .containsExactly("validation.response.status.unknown");
    }

    private static List<Message> errors(int status, String body) throws Exception {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                        ServedDocument.parse(DOCUMENT).forValidator())
                .build();
        return validator
                .validateResponse(
                        "/v1/things/x",
                        Method.GET,
                        SimpleResponse.Builder.status(status)
                                .withContentType(status == 200 ? "application/json" : "application/problem+json")
                                .withBody(body)
                                .build())
                .getMessages();
    }
}
