package io.handoff.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Refuses NUL in every text of a request body, values and map keys alike (also inside lists and free-form
 * answers, which Jackson reads through the String deserializer once it is not the default one), while reading
 * it: the failure carries the JSON path, and the problem names that field instead of the database failing later.
 */
public final class NulFreeStrings extends SimpleModule {

    public NulFreeStrings() {
        super("handoff-nul-free-strings");
        addDeserializer(String.class, new Values());
        addKeyDeserializer(String.class, new Keys());
    }

    /** Jackson's own string reading (coercions included), checked afterwards. */
    static final class Values extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, super.deserialize(p, ctxt));
        }
    }

    static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return checked(ctxt.getParser(), key);
        }
    }

    private static String checked(JsonParser p, String value) throws NulCharacterException {
        if (NulCharacters.contains(value)) {
            throw new NulCharacterException(p);
        }
        return value;
    }

    /** Mapped to a 400 problem naming the JSON path of the text. */
    public static final class NulCharacterException extends MismatchedInputException {
        NulCharacterException(JsonParser p) {
            super(p, NulCharacters.MESSAGE, String.class);
        }
    }
}
