package org.dockerlab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A whole number written as one in YAML: Jackson would otherwise read {@code 2.5} as 2 and {@code "3"}
 * as 3, and a lesson author would never learn that the step is not worth what they wrote.
 */
final class WholeNumber extends StdDeserializer<Integer> {
  WholeNumber() {
    super(Integer.class);
  }

  @Override
  public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    String found = switch (p.currentToken()) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      default -> p.getText();
    };
    return ctxt.reportInputMismatch(this, "must be a whole number without quotes, like 2, not %s", found);
  }
}
