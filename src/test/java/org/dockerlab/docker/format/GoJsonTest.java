package org.dockerlab.docker.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class GoJsonTest {
  @Test
  void fourSpaces_emptyContainersInline_htmlCharactersKept() throws Exception {
    String json = "[{\"Id\":\"x\",\"Args\":[],\"Labels\":{},\"Cmd\":[\"a<b\",1,true,null]}]";
    assertThat(GoJson.indent(new ObjectMapper().readTree(json), "    "))
        .isEqualTo(
            """
            [
                {
                    "Id": "x",
                    "Args": [],
                    "Labels": {},
                    "Cmd": [
                        "a<b",
                        1,
                        true,
                        null
                    ]
                }
            ]""");
  }

  @Test
  void controlCharacters_areEscapedAsGoDoes_lowerCaseHex_andUnicodeLineSeparatorsToo() {
    var node = JsonNodeFactory.instance.objectNode().put("Cmd", "a\u001b[2J\b\f\n\t\"\\ é 日 \u2028");
    assertThat(GoJson.indent(node, "    "))
        .isEqualTo("{\n    \"Cmd\": \"a\\u001b[2J\\u0008\\u000c\\n\\t\\\"\\\\ é 日 \\u2028\"\n}");
  }

  @Test
  void configJson_isIndentedWithTabs() throws Exception {
    assertThat(GoJson.indent(new ObjectMapper().readTree("{\"auths\":{\"localhost:5000\":{}}}"), "\t"))
        .isEqualTo("{\n\t\"auths\": {\n\t\t\"localhost:5000\": {}\n\t}\n}");
  }
}
