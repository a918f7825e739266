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
# Lab registry programs: `docker-registry serve <...>/registries/<kind>/config.yml` (this version)
# or `<...>/labs/_registries/<kind>/config.yml` (older ones, per data folder).
pkill -f 'serve .*(quizapp-labs-[^/]*/registries|/labs/_registries)/' 2>/dev/null || true
rm -rf "${TMPDIR:-/tmp}"/quizapp-labs-* 2>/dev/null || true
left=$(docker images --format '{{.Repository}}' | grep -cE '(^|/)quizlab/' || true)
echo "fresh-daemon.sh: quizlab images left: ${left:-0}; containers: $(docker ps -aq --filter name=quizlab- | wc -l)" >&2
