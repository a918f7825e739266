#!/bin/sh
# Make the Docker daemon a newcomer's: no quizlab container, no quizlab image (the base too), no lab
# registry process and no record of the labs' shared things. CI runs it before the tests, so each
# run builds the base with the code under test instead of passing on what an earlier run left.
# Only quizapp's own things go: every other container, image, volume and network stays.

# Containers named quizlab-... or made from a quizlab/ image.
ids=$( { docker ps -aq --filter name=quizlab-; docker ps -a --format '{{.ID}} {{.Image}}' | awk '$2 ~ /(^|\/)quizlab\// {print $1}'; } | sort -u)
[ -n "$ids" ] && docker rm -f $ids >/dev/null
# Every quizlab/ tag (also behind a registry address), then what only those tags held.
tags=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -E '(^|/)quizlab/' || true)
[ -n "$tags" ] && docker rmi -f $tags >/dev/null
# Untagged images the labs built (their folders' token label, or an older base's shared label):
# children first, so that their parents, the base among them, can go too.
for _ in 1 2 3; do
    dangling=$( { docker images -q --filter dangling=true --filter label=quizlab.token; docker images -q --filter dangling=true --filter label=quizapp.shared; } | sort -u)
    [ -z "$dangling" ] && break
    docker rmi $dangling >/dev/null 2>&1 || true
done
# Lab registry programs: `docker-registry serve <...>/registries/<kind>/config.yml` (this version)
# or `<...>/labs/_registries/<kind>/config.yml` (older ones, per data folder).
pkill -f 'serve .*(quizapp-labs-[^/]*/registries|/labs/_registries)/' 2>/dev/null || true
rm -rf "${TMPDIR:-/tmp}"/quizapp-labs-* 2>/dev/null || true
left=$(docker images --format '{{.Repository}}' | grep -cE '(^|/)quizlab/' || true)
echo "fresh-daemon.sh: quizlab images left: ${left:-0}; containers: $(docker ps -aq --filter name=quizlab- | wc -l)" >&2
