package io.handoff.launcher.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words after {@code ./handoff}: a command, positional arguments, {@code --name value} options and flags. */
public record CommandLine(String command, List<String> arguments, Map<String, String> options, Set<String> flags) {

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("infra-only", "no-seed", "no-follow");

    private static final String HELP = "help";

    public static CommandLine parse(String... args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        // Asking for help is never an error, whatever else is on the line (token --role --help has no role).
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                return new CommandLine(command, List.of(), Map.of(), Set.of(HELP));
            }
        }
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (word.equals("-n")) {
                word = "--lines";
            }
            if (!word.startsWith("--")) {
                arguments.add(word);
                continue;
            }
            String name = word.substring(2);
            int equals = name.indexOf('=');
            if (equals > 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new CommandLine(command, List.copyOf(arguments), Map.copyOf(options), Set.copyOf(flags));
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** {@code --help} or {@code -h} anywhere after the command: print that command's usage and nothing else. */
    public boolean wantsHelp() {
        return flags.contains(HELP);
    }
}
