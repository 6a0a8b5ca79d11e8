package io.handoff.platform.web;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import java.lang.annotation.Annotation;

/** The name a client knows a JAX-RS parameter by, read from its annotation, so problems can name it. */
final class ParameterNames {

    private ParameterNames() {
    }

    static String of(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                String name = nameOf(annotation);
                if (name != null && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return "parameter";
    }

    private static String nameOf(Annotation annotation) {
        if (annotation instanceof QueryParam query) {
            return query.value();
        }
        if (annotation instanceof PathParam path) {
            return path.value();
        }
        if (annotation instanceof HeaderParam header) {
            return header.value();
        }
        if (annotation instanceof FormParam form) {
            return form.value();
        }
        if (annotation instanceof MatrixParam matrix) {
            return matrix.value();
        }
        if (annotation instanceof CookieParam cookie) {
            return cookie.value();
        }
        return null;
    }
}
