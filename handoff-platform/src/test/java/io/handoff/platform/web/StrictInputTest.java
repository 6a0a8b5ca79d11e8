package io.handoff.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handoff.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictInputTest {

    record Form(String name, List<String> tags, Map<String, Object> answers) {
    }

    enum Colour { RED, GREEN }

    private final ObjectMapper json = strict();

    @Test
    void shouldRefuseNulInTextsListsAndMapKeysWithTheirPath() {
        assertPath("{\"name\": \"a\\u0000b\"}", "name");
        assertPath("{\"tags\": [\"ok\", \"\\u0000\"]}", "tags");
        assertPath("{\"answers\": {\"q\": [\"\\u0000\"]}}", "answers");
        assertPath("{\"answers\": {\"k\\u0000\": 1}}", "answers");
    }

    @Test
    void shouldStillReadOrdinaryTexts() throws Exception {
        Form form = json.readValue("{\"name\": \"Zoë \\u0001\", \"tags\": [\"a\"], \"answers\": {\"q\": \"x\"}}", Form.class);
        assertThat(form.name()).isEqualTo("Zoë \u0001");
    }

    @Test
    void shouldNameTheQueryParameterAndWhatItTakes() {
        var provider = new StrictParamConverterProvider();
        Annotation[] limit = annotations("limit");
        assertThat(provider.getConverter(Integer.class, Integer.class, limit).fromString("42")).isEqualTo(42);
        assertThatThrownBy(() -> provider.getConverter(Integer.class, Integer.class, limit).fromString("2147483648"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("limit");
                    assertThat(e.getMessage()).contains("2147483647");
                });
        assertThatThrownBy(() -> provider.getConverter(Colour.class, Colour.class, annotations("colour")).fromString("BLUE"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("RED, GREEN"));
        assertThatThrownBy(() -> provider.getConverter(String.class, String.class, annotations("q")).fromString("a\u0000"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("q"));
    }

    private void assertPath(String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Form.class))
                .isInstanceOf(NulFreeStrings.NulCharacterException.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo(field));
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static Annotation[] annotations(String name) {
        return new Annotation[]{new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        }};
    }
}
