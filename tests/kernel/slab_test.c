// SPDX-License-Identifier: MIT
#include <kernel/page_alloc.h>
#include <kernel/slab.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

KTEST(slab, sizes_and_alignment)
{
	static const size_t sizes[] = { 1,   15,   16,	 17,   100,
					512, 2047, 2048, 2049, 8192 };
	void *p[ARRAY_SIZE(sizes)];
	unsigned long free0, pages0;
	unsigned int i;

	kmem_shrink();
	free0 = nr_free_pages();
	pages0 = kmem_pages();
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		size_t align = sizes[i] <= 16	  ? 16
			       : sizes[i] <= 2048 ? 1
						  : PAGE_SIZE;

		p[i] = kmalloc(sizes[i], GFP_KERNEL);
		ASSERT_NOT_NULL(t, p[i]);
		if (sizes[i] > 16 && sizes[i] <= 2048) {
			while (align < sizes[i])
				align <<= 1;
		}
		EXPECT_EQ(t, (unsigned long)p[i] % align, 0UL);
		memset(p[i], 0xa5, sizes[i]);
	}
	for (i = 0; i < ARRAY_SIZE(sizes); i++)
		kfree(p[i]);
	kmem_shrink();
	EXPECT_EQ(t, nr_free_pages(), free0);
	EXPECT_EQ(t, kmem_pages(), pages0);
}

KTEST(slab, zero_size_and_overflow)
{
	EXPECT_NULL(t, kmalloc(0, GFP_KERNEL));
	EXPECT_NULL(t, kmalloc_array((size_t)-1 / 2, 4, GFP_KERNEL));
	kfree(NULL);
}

KTEST(slab, kzalloc_zeroes)
{
	unsigned char *p = kmalloc(64, GFP_KERNEL);
	unsigned int i;

	ASSERT_NOT_NULL(t, p);
	memset(p, 0xff, 64);
	kfree(p);
	p = kzalloc(64, GFP_KERNEL); /* likely the same object again */
	ASSERT_NOT_NULL(t, p);
	for (i = 0; i < 64; i++)
		EXPECT_EQ(t, p[i], 0);
	kfree(p);
	kmem_shrink();
}

/* Thousands of objects over many pages: contents stay, pages come back. */
KTEST(slab, many_objects_pattern)
{
	static u32 *objs[3000];
	unsigned long free0, pages0;
	unsigned int i;

	kmem_shrink();
	free0 = nr_free_pages();
	pages0 = kmem_pages(); /* objects that live on: tasks, areas */
	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		objs[i] = kmalloc(32 + (i % 5) * 100, GFP_KERNEL);
		if (!objs[i]) { /* small RAM: give back, and say so */
			while (i--)
				kfree(objs[i]);
			kmem_shrink();
			ktest_skip(t, "not enough memory (RAM too small)");
			return;
		}
		objs[i][0] = i * 2654435761u;
		objs[i][7] = ~i;
	}
	for (i = 0; i < ARRAY_SIZE(objs); i++) {
		EXPECT_EQ(t, objs[i][0], i * 2654435761u);
		EXPECT_EQ(t, objs[i][7], ~i);
	}
	for (i = 0; i < ARRAY_SIZE(objs); i += 2)
		kfree(objs[i]);
	for (i = 1; i < ARRAY_SIZE(objs); i += 2)
		kfree(objs[i]);
	kmem_shrink();
	EXPECT_EQ(t, kmem_pages(), pages0);
	EXPECT_EQ(t, nr_free_pages(), free0);
}
