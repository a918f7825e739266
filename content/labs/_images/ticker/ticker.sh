# Prints a tick every second and, every third tick, the secret word chosen when it started.
word=$(tr -dc a-z </dev/urandom | head -c 6)
i=0
while true; do
  i=$((i + 1))
  echo "tick $i"
  if [ $((i % 3)) -eq 1 ]; then echo "secret word: $word"; fi
  sleep 1
done
