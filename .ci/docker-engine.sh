#!/bin/sh
# Make a Docker engine answer for the live-lab tests on a fresh Debian CI machine.
#
# Idempotent: installs only what is missing, starts dockerd only when `docker info` does not
# answer, and waits a bounded time. Usable both as `sh .ci/docker-engine.sh` and `. .ci/docker-engine.sh`.
#
# The Debian `docker-registry` package ships a service listening on :5000 with a config that
# requires an htpasswd file it does not ship. The labs start their own registries (on 127.0.0.1:5000
# and :5001) from the same binary with their own config, so the packaged service must not hold
# those ports: it is kept from starting at install time (policy-rc.d) and stopped/disabled if
# a service manager started it anyway.

# No `set -e`/`set -u`: this file may be sourced into the caller's shell.
QUIZAPP_DOCKERD_LOG="${QUIZAPP_DOCKERD_LOG:-/tmp/quizapp-dockerd.log}"
QUIZAPP_DOCKERD_WAIT="${QUIZAPP_DOCKERD_WAIT:-60}"

_qz_sudo() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else "$@"; fi
}

_qz_install_missing() {
    missing=""
    for pkg in docker.io busybox-static docker-registry apache2-utils; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    [ -z "$missing" ] && return 0
    echo "docker-engine.sh: installing$missing" >&2
    # Keep services (docker-registry on :5000 above all) from starting during installation.
    created_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | _qz_sudo tee /usr/sbin/policy-rc.d >/dev/null && _qz_sudo chmod +x /usr/sbin/policy-rc.d && created_policy=1
    fi
    _qz_sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    # shellcheck disable=SC2086
    _qz_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >&2
    rc=$?
    [ "$created_policy" = 1 ] && _qz_sudo rm -f /usr/sbin/policy-rc.d
    return $rc
}

_qz_quiet_packaged_registry() {
    if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
        _qz_sudo systemctl disable --now docker-registry >/dev/null 2>&1 || true
    elif [ -x /etc/init.d/docker-registry ]; then
        _qz_sudo /etc/init.d/docker-registry stop >/dev/null 2>&1 || true
    fi
}

_qz_launch_dockerd() {
    echo "docker-engine.sh: starting dockerd $* (log: $QUIZAPP_DOCKERD_LOG)" >&2
    # shellcheck disable=SC2086
    _qz_sudo sh -c "nohup dockerd $* >>'$QUIZAPP_DOCKERD_LOG' 2>&1 </dev/null &"
}

_qz_wait_dockerd() {
    waited=0
    while ! docker info >/dev/null 2>&1; do
        if [ "$waited" -ge "$1" ]; then
            return 1
        fi
        # Stop waiting early when dockerd has already exited.
        if [ "$waited" -ge 3 ] && [ -z "${DOCKER_HOST:-}" ] && ! pgrep -x dockerd >/dev/null 2>&1; then
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    return 0
}

_qz_start_dockerd() {
    if docker info >/dev/null 2>&1; then
        return 0
    fi
    if [ -z "${DOCKER_HOST:-}" ]; then
        if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
            _qz_sudo systemctl start docker >/dev/null 2>&1 || true
        fi
        if ! docker info >/dev/null 2>&1 && ! pgrep -x dockerd >/dev/null 2>&1; then
            _qz_launch_dockerd
        fi
    fi
    if ! _qz_wait_dockerd "$QUIZAPP_DOCKERD_WAIT"; then
        # Containers used as CI machines often lack iptables; the labs only publish ports on
        # loopback, which docker-proxy serves without iptables rules.
        if [ -z "${DOCKER_HOST:-}" ] && ! pgrep -x dockerd >/dev/null 2>&1 && grep -qi iptables "$QUIZAPP_DOCKERD_LOG" 2>/dev/null; then
            _qz_launch_dockerd --iptables=false
            _qz_wait_dockerd "$QUIZAPP_DOCKERD_WAIT" && return 0
        fi
        echo "docker-engine.sh: dockerd did not answer within ${QUIZAPP_DOCKERD_WAIT}s; last log lines:" >&2
        tail -n 30 "$QUIZAPP_DOCKERD_LOG" >&2 2>/dev/null || true
        return 1
    fi
    # A CI user that is not root still needs to reach the socket.
    if [ "$(id -u)" != 0 ] && [ -S /var/run/docker.sock ] && ! [ -w /var/run/docker.sock ]; then
        _qz_sudo chmod 666 /var/run/docker.sock || true
    fi
    return 0
}

_qz_install_missing || { echo "docker-engine.sh: package installation failed" >&2; return 1 2>/dev/null || exit 1; }
_qz_quiet_packaged_registry
_qz_start_dockerd || { return 1 2>/dev/null || exit 1; }
docker version --format 'docker-engine.sh: engine {{.Server.Version}} (API {{.Server.APIVersion}}) answering' >&2
export QUIZAPP_REQUIRE_DOCKER=1
