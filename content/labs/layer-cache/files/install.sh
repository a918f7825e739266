# Stands in for `npm install`: slow, and it leaves a random install id behind.
echo "installing dependencies..."
sleep 1
mkdir -p /app/deps
for dep in $(cat /app/deps.txt); do echo "$dep installed" > "/app/deps/$dep"; done
head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n' > /app/deps/.install-id
