# Asks for a name and greets it; without an open stdin there is nothing to read and it fails.
echo "What is your name? / 이름이 무엇인가요?"
read -r name || exit 1
[ -n "$name" ] || exit 1
echo "Hello, $name! / 안녕하세요, $name!"
