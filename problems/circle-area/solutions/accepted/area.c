/* Circle area: pi * r^2 printed with plenty of digits. */
#include <stdio.h>

static const double PI = 3.14159265358979323846;

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t-- > 0) {
        double r;
        if (scanf("%lf", &r) != 1) return 0;
        printf("%.9f\n", PI * r * r);
    }
    return 0;
}
