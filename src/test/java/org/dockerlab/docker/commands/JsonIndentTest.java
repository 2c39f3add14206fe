package org.dockerlab.docker.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonIndentTest {
  @Test
  void fourSpaces_emptyContainersInline_htmlCharactersKept() throws Exception {
    String json = "[{\"Id\":\"x\",\"Args\":[],\"Labels\":{},\"Cmd\":[\"a<b\",1,true,null]}]";
    assertThat(JsonIndent.format(EngineJson.MAPPER.readTree(json)))
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
}
