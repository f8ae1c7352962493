# A shared WebDAV remote cache (nginx): the workspace copied to another
# directory and built with another output base gets every irbpf action
# from the cache, and the objects are byte-identical.
. "$(dirname "$0")/lib.bash"
need_bpf
command -v nginx >/dev/null || { echo "SKIP: nginx is not installed (Debian: nginx-core)"; exit 77; }

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p nginx/cache
cat >nginx/nginx.conf <<CONF
worker_processes 1;
user root;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 64; }
http {
	access_log $WORK/nginx/access.log;
	client_body_temp_path $WORK/nginx/body;
	proxy_temp_path $WORK/nginx/proxy;
	fastcgi_temp_path $WORK/nginx/fastcgi;
	uwsgi_temp_path $WORK/nginx/uwsgi;
	scgi_temp_path $WORK/nginx/scgi;
	server {
		listen 127.0.0.1:$port;
		root $WORK/nginx/cache;
		client_max_body_size 0;
		location / {
			dav_methods PUT;
			create_full_put_path on;
		}
	}
}
CONF
nginx -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; bz_shutdown' EXIT
for _ in $(seq 50); do
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
	kill -0 $nginx_pid 2>/dev/null || fail "nginx did not start: $(cat nginx/error.log)"
	sleep 0.1
done
cache=(--remote_cache="http://127.0.0.1:$port/")

# processes LOG KIND: the number of "N KIND" in bazel's process summary
processes() {
	sed -n 's/^INFO: [0-9]* processes\?: //p' "$1" | tr ',' '\n' |
		sed -n "s/^ *\([0-9]*\) $2\.\?$/\1/p" | head -n 1
}

example_copy a
bz a "$WORK/base-a" build "${cache[@]}" //... >a.log 2>&1 ||
	fail "bazel build in a failed: $(tail -n 20 a.log)"
ran=$(sed -n 's/^INFO: \([0-9]*\) processes\?: .*/\1/p' a.log)
internal=$(processes a.log internal)
actions=$((ran - ${internal:-0}))
# three sources compiled with clang, two objects linked by irbpf
[ "$actions" -eq 5 ] || fail "first build ran $actions actions, not 5: $(grep processes a.log)"
[ -n "$(find nginx/cache -path '*ac/*' -type f)" ] || fail "nothing was uploaded to the cache"

example_copy b
bz b "$WORK/base-b" build "${cache[@]}" //... >b.log 2>&1 ||
	fail "bazel build in b failed: $(tail -n 20 b.log)"
hits=$(processes b.log "remote cache hit")
[ "${hits:-0}" -eq "$actions" ] ||
	fail "second build: ${hits:-0} remote cache hits of $actions actions: $(grep processes b.log)"
local_runs=$(( $(sed -n 's/^INFO: \([0-9]*\) processes\?: .*/\1/p' b.log) - hits - $(processes b.log internal) ))
[ "$local_runs" -eq 0 ] || fail "second build ran $local_runs action(s) itself: $(grep processes b.log)"
echo "second build: $hits remote cache hit(s) of $actions actions"

for o in ports/ports.o guard/guard.o; do
	cmp "$(bazel_out "$WORK/base-a" $o)" "$(bazel_out "$WORK/base-b" $o)" ||
		fail "$o differs between the two builds"
done
check_objects "$(bazel_out "$WORK/base-b" ports/ports.o)" "$(bazel_out "$WORK/base-b" guard/guard.o)"
echo PASS
