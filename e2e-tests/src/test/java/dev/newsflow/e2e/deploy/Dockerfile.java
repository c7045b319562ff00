package dev.newsflow.e2e.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as far as the compose checks need: instructions with continuation lines joined,
 * heredocs skipped, stages split at {@code FROM}, and build arguments substituted.
 */
record Dockerfile(List<Instruction> instructions, boolean syntaxDirective) {

    record Instruction(String keyword, String args, boolean heredoc) {
    }

    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?");
    private static final Pattern ARG_REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /** @param buildArgs the values compose passes; an {@code ARG} without one keeps its default */
    static Dockerfile parse(List<String> lines, Map<String, String> buildArgs) {
        List<Instruction> out = new ArrayList<>();
        Map<String, String> args = new java.util.HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            while (line.stripTrailing().endsWith("\\") && i < lines.size()) {
                line = line.stripTrailing();
                text.append(line, 0, line.length() - 1).append(' ');
                do {
                    line = lines.get(i++);
                } while (line.strip().startsWith("#") && i < lines.size());
            }
            text.append(line);
            String[] parts = text.toString().strip().split("\\s+", 2);
            String keyword = parts[0].toUpperCase(java.util.Locale.ROOT);
            String rest = parts.length > 1 ? parts[1] : "";
            Matcher heredoc = HEREDOC.matcher(rest);
            boolean isHeredoc = List.of("RUN", "COPY", "ADD").contains(keyword) && heredoc.find();
            if (isHeredoc) {
                String terminator = heredoc.group(1);
                while (i < lines.size() && !lines.get(i).strip().equals(terminator)) {
                    i++;
                }
                i++;
            }
            if (keyword.equals("ARG")) {
                String[] nameAndDefault = rest.strip().split("=", 2);
                String name = nameAndDefault[0];
                args.put(name, buildArgs.getOrDefault(name, nameAndDefault.length > 1 ? nameAndDefault[1]
                        : args.getOrDefault(name, "")));
            }
            out.add(new Instruction(keyword, substitute(rest, args), isHeredoc));
        }
        return new Dockerfile(out, !lines.isEmpty() && lines.get(0).matches("#\\s*syntax\\s*=.*"));
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher m = ARG_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    List<List<Instruction>> stages() {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                stages.get(stages.size() - 1).add(instruction);
            }
        }
        return stages;
    }

    List<Instruction> finalStage() {
        List<List<Instruction>> stages = stages();
        return stages.isEmpty() ? List.of() : stages.get(stages.size() - 1);
    }
}
