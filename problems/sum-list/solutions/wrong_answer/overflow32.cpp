// Wrong answer: the sum is kept in a 32-bit int and wraps around on big inputs.
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 0;
    unsigned int sum = 0;  // unsigned: wraps modulo 2^32 without undefined behaviour
    for (int i = 0; i < n; ++i) {
        int value;
        std::scanf("%d", &value);
        sum += static_cast<unsigned int>(value);
    }
    std::printf("%d\n", static_cast<int>(sum));
    return 0;
}
