// Sum of a list: the sum reaches 2e14, so it needs 64 bits.
#include <cstdio>

int main() {
    int n;
    if (std::scanf("%d", &n) != 1) return 0;
    long long sum = 0;
    for (int i = 0; i < n; ++i) {
        long long value;
        std::scanf("%lld", &value);
        sum += value;
    }
    std::printf("%lld\n", sum);
    return 0;
}
