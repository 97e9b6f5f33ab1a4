#include <linux/nfs.h>
