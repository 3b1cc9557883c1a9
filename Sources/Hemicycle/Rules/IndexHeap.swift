/// An ordering of lists by a priority that can change as seats are handed out.
internal protocol ListPriority {
    /// The sign of `priority(i) − priority(j)`: 1 when list `i` comes first, 0 when tied.
    func compare(_ i: Int, _ j: Int) -> Int
}

/// A binary max-heap of list indices stored in caller memory (Williams, 1964), ordered by a
/// ``ListPriority``; ties inside the heap are found by the caller, never by heap order.
internal struct IndexHeap<Priority: ListPriority> {
    let storage: UnsafeMutableBufferPointer<Int>
    var count: Int
    let priority: Priority

    /// Turns `storage[0..<count]` into a heap (Floyd, 1964): O(count).
    init(storage: UnsafeMutableBufferPointer<Int>, count: Int, priority: Priority) {
        self.storage = storage
        self.count = count
        self.priority = priority
        var index = count / 2
        while index > 0 {
            index -= 1
            siftDown(from: index)
        }
    }

    /// The list with the highest priority; the heap must not be empty.
    var top: Int { storage[0] }

    /// Removes and returns the list with the highest priority; the heap must not be empty.
    mutating func pop() -> Int {
        let result = storage[0]
        count -= 1
        if count > 0 {
            storage[0] = storage[count]
            siftDown(from: 0)
        }
        return result
    }

    /// Adds a list.
    mutating func push(_ list: Int) {
        var index = count
        storage[index] = list
        count += 1
        while index > 0 {
            let parent = (index - 1) / 2
            guard priority.compare(storage[index], storage[parent]) > 0 else { break }
            storage.swapAt(index, parent)
            index = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var index = start
        while true {
            let left = 2 * index + 1
            guard left < count else { return }
            var child = left
            let right = left + 1
            if right < count, priority.compare(storage[right], storage[left]) > 0 { child = right }
            guard priority.compare(storage[child], storage[index]) > 0 else { return }
            storage.swapAt(index, child)
            index = child
        }
    }
}
