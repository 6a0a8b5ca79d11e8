package io.handoff.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One headless Chromium per console test class, handed to its {@code @BeforeAll} as a parameter and closed when
 * the class is done (after {@link PlatformExtension}, which must come first: the browser needs the console's URL).
 */
public final class ConsoleExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConsoleBrowser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        E2ePlatform e2e = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(E2ePlatform.class,
                E2ePlatform.class);
        return context.getStore(ExtensionContext.Namespace.create(ConsoleExtension.class, context.getRequiredTestClass()))
                .getOrComputeIfAbsent(ConsoleBrowser.class, key -> ConsoleBrowser.open(e2e), ConsoleBrowser.class);
    }
}
