package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.at;
import static com.gjjhall.deploy.Yamls.list;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every manifest is applied by some kustomization, and every kustomization lists every manifest of
 * its directory: a file left out would silently never reach the cluster. Templates (*.template.yaml)
 * are the one exception: they are filled in by hand and must never be applied as they are.
 */
final class KustomizeRules {

    private KustomizeRules() {
    }

    static boolean isTemplate(Path file) {
        return file.getFileName().toString().matches(".*\\.template\\.ya?ml");
    }

    /** @param display the directory file names in messages are relative to */
    static List<String> check(Path root, Path display) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> yamlFiles = Yamls.filesUnder(root);
        Set<Path> listedSomewhere = new HashSet<>();
        for (Path kustomization : yamlFiles.stream().filter(KubeManifests::isKustomization).toList()) {
            Path dir = kustomization.getParent();
            String where = display.relativize(kustomization).toString();
            Object body = Yamls.loadAll(kustomization).get(0);
            Set<Path> listed = new HashSet<>();
            for (Object resource : list(at(body, "resources"))) {
                Path target = dir.resolve(String.valueOf(resource)).normalize();
                listed.add(target);
                if (Files.isDirectory(target)) {
                    if (KubeManifests.kustomizationIn(target).isEmpty()) {
                        problems.add(where + ": resource " + resource + " is a directory without a kustomization");
                    }
                } else if (!Files.isRegularFile(target)) {
                    problems.add(where + ": resource " + resource + " does not exist");
                } else if (isTemplate(target)) {
                    problems.add(where + ": applies the template " + resource + "; fill in a copy out of the repository instead");
                }
            }
            listedSomewhere.addAll(listed);
            try (Stream<Path> siblings = Files.list(dir)) {
                for (Path sibling : siblings.sorted().toList()) {
                    boolean manifest = sibling.getFileName().toString().matches(".*\\.ya?ml")
                            && !KubeManifests.isKustomization(sibling) && !isTemplate(sibling);
                    if (manifest && !listed.contains(sibling.normalize())) {
                        problems.add(where + ": does not list " + sibling.getFileName() + " of its directory");
                    }
                }
            }
        }
        for (Path file : yamlFiles) {
            if (!KubeManifests.isKustomization(file) && !isTemplate(file) && !listedSomewhere.contains(file.normalize())) {
                problems.add(display.relativize(file) + ": no kustomization lists it, so it is never applied");
            }
        }
        return problems;
    }
}
